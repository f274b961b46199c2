package org.capacita.scheduling.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import org.capacita.scheduling.application.WorkshopFilter;
import org.capacita.scheduling.application.WorkshopFinder;
import org.capacita.scheduling.domain.WorkshopSession;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * {@code workshops/calendar.xhtml}: the sessions of the workshops the filters match, by month or
 * week (on a phone, as an agenda list: {@code calendar.js}), loaded for the days on screen only. It
 * opens on the next workshop.
 */
@Named
@ViewScoped
public class WorkshopCalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Most workshops one screen of the calendar shows. */
  private static final int SHOWN = 500;

  /**
   * Workshops read to find the next session: by first day, a long workshop that began earlier may
   * meet after one that starts tomorrow.
   */
  private static final int NEXT = 10;

  @Inject private WorkshopFinder finder;

  private final WorkshopQuery query = new WorkshopQuery();
  private final ScheduleModel events = new Sessions();
  private WorkshopFilter filter;
  private LocalDate initialDate;

  public void load() {
    filter = query.filter(finder);
  }

  public String search() {
    return "/workshops/calendar?faces-redirect=true&" + query.queryString();
  }

  /**
   * The day the calendar opens on: the next session of a workshop the filters match, from the first
   * day of the period or else from today, rather than a month with nothing in it; that first day if
   * no workshop is left.
   */
  public LocalDate getInitialDate() {
    if (initialDate == null) {
      LocalDate from = filter == null || filter.from() == null ? LocalDate.now() : filter.from();
      initialDate =
          filter == null
              ? from
              : finder.search(filter.startingOn(from), 0, NEXT).stream()
                  .flatMap(w -> w.getSessions().stream())
                  .map(WorkshopSession::getDate)
                  .filter(day -> !day.isBefore(from))
                  .min(Comparator.naturalOrder())
                  .orElse(from);
    }
    return initialDate;
  }

  public WorkshopQuery getQuery() {
    return query;
  }

  public ScheduleModel getEvents() {
    return events;
  }

  private final class Sessions extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      if (filter == null) {
        return;
      }
      LocalDate first = start.toLocalDate();
      LocalDate last = end.minusNanos(1).toLocalDate();
      FacesContext context = FacesContext.getCurrentInstance();
      WorkshopEvents made =
          new WorkshopEvents(
              context.getViewRoot().getLocale(),
              context.getExternalContext().getRequestContextPath());
      finder.search(filter.within(first, last), 0, SHOWN).stream()
          .flatMap(workshop -> made.of(workshop, first, last))
          .forEach(this::addEvent);
    }
  }
}
