package org.capacita.attendance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.capacita.attendance.application.Closure;
import org.capacita.attendance.domain.ClosureOutcome;
import org.capacita.catalog.domain.Module;
import org.capacita.people.application.People;
import org.capacita.scheduling.application.TrainerNames;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.web.WorkshopFactsBacking;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * The closure card of {@code workshops/workshop.xhtml}, for those who manage the workshop: who
 * completes by the module's rule so far, closing once the last session has ended, re-opening (with
 * a reason) to correct attendance, and the closure's audit trail.
 */
@Named
@ViewScoped
public class WorkshopClosureBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkshopFactsBacking page;
  @Inject private Closure closure;
  @Inject private People people;
  @Inject private TrainerNames trainerNames;
  @Inject private LocaleSelector localeSelector;

  private List<StandingRow> rows = List.of();
  private ClosureSummary summary;
  private String reason;

  @PostConstruct
  void load() {
    if (page.getId() == null || !page.isManages()) {
      return;
    }
    Closure.Standings standings = closure.completions(page.getId());
    Map<Long, String> names =
        people.names(standings.outcomes().stream().map(ClosureOutcome::personId).toList());
    rows = standings.outcomes().stream().map(o -> StandingRow.of(o, names)).toList();
    Workshop workshop = standings.workshop();
    Module module = workshop.getModule();
    DateTimeFormatter when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(localeSelector.getLocale())
            .withZone(workshop.zone());
    summary =
        new ClosureSummary(
            workshop.getStatus().name(),
            !Instant.now().isBefore(workshop.endsAt()),
            when.format(workshop.endsAt()),
            workshop.getClosedAt() == null ? "" : when.format(workshop.getClosedAt()),
            module.getAttendanceThreshold(),
            module.requiresWorkshopPostTest() ? module.getPassMark() : null,
            rows.stream().filter(StandingRow::completed).count(),
            rows.size(),
            ClosureHistoryRow.of(closure.history(page.getId()), trainerNames::of, when));
  }

  public String closeWorkshop() {
    try {
      closure.close(page.getId());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("attendance.closure.closed");
    return page.page();
  }

  public String reopenWorkshop() {
    try {
      closure.reopen(page.getId(), reason);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("attendance.closure.reopened");
    return page.page();
  }

  public List<StandingRow> getRows() {
    return rows;
  }

  public ClosureSummary getSummary() {
    return summary;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
