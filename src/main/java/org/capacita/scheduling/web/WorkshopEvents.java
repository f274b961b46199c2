package org.capacita.scheduling.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.shared.i18n.Messages;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleEvent;

/**
 * Calendar events for workshop sessions: one per session, titled with the workshop and its city, at
 * the wall-clock times of the venue (the calendar shows them unshifted), linking to the workshop
 * page. Cancelled workshops say so in the title and look struck through.
 */
record WorkshopEvents(Locale locale, String contextPath) {

  /** The sessions of {@code workshop} held from {@code first} to {@code last}. */
  Stream<ScheduleEvent<?>> of(Workshop workshop, LocalDate first, LocalDate last) {
    boolean cancelled = workshop.getStatus() == WorkshopStatus.CANCELLED;
    String title =
        Messages.get(
            locale,
            cancelled ? "workshop.calendar.eventCancelled" : "workshop.calendar.event",
            workshop.title(locale),
            workshop.getCity().getName());
    return workshop.getSessions().stream()
        .filter(s -> !s.getDate().isBefore(first) && !s.getDate().isAfter(last))
        .map(
            s ->
                DefaultScheduleEvent.builder()
                    .id(workshop.getId() + "-" + s.getNumber())
                    .groupId(workshop.getId().toString())
                    .title(title)
                    .startDate(s.getDate().atTime(s.getStart()))
                    .endDate(s.getDate().atTime(s.getEnd()))
                    .url(contextPath + "/workshops/workshop.xhtml?id=" + workshop.getId())
                    .styleClass(
                        "workshop-event workshop-event-"
                            + workshop.getStatus().name().toLowerCase(Locale.ROOT))
                    .editable(false)
                    .build());
  }
}
