package org.capacita.scheduling.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.i18n.Messages;

/**
 * Calendars of workshops: one workshop, for whoever may see it; and everything a trainer trains,
 * for the secret feed address (opened by its token, without signing in; the caller checks it).
 */
@Stateless
public class WorkshopFeeds {

  /** How far back a trainer's feed goes. */
  private static final int DAYS_BACK = 180;

  @Inject private Workshops workshops;
  @Inject private WorkshopFinder finder;
  @Inject private WorkshopCalendar calendar;

  /** One workshop's sessions; 404 (NotFoundException) where the caller may not see it. */
  public String ofWorkshop(long id, Optional<String> site, Locale locale) {
    Workshop workshop = finder.get(id);
    return calendar.of(List.of(workshop), workshop.title(locale), site, locale);
  }

  /** The sessions of the trainer's workshops, from half a year back on, cancelled ones included. */
  @PermitAll
  public String ofTrainer(long accountId, Optional<String> site, Locale locale) {
    List<Workshop> workshops =
        this.workshops.trainedBy(accountId, LocalDate.now().minusDays(DAYS_BACK));
    return calendar.of(workshops, Messages.get(locale, "calendar.trainer.name"), site, locale);
  }
}
