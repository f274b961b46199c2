package org.capacita.enrollment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.capacita.enrollment.application.EnrolmentResult;
import org.capacita.enrollment.application.Enrolments;
import org.capacita.enrollment.application.WorkshopEnrolments;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.people.application.People;
import org.capacita.people.application.PersonDirectory;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Scheduling;
import org.capacita.scheduling.application.TrainerClash;
import org.capacita.scheduling.application.WorkshopFinder;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.web.WorkshopRow;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.UserText;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code workshops/workshop.xhtml?id=}: the workshop with seats left; the caller signs up or
 * cancels; its trainers and leads see the roster, cancel enrolments and enrol people found in the
 * registry.
 */
@Named
@ViewScoped
public class WorkshopBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkshopFinder finder;
  @Inject private WorkshopEnrolments enrolments;
  @Inject private Enrolments store;
  @Inject private People people;
  @Inject private PersonDirectory directory;
  @Inject private Scheduling scheduling;
  @Inject private LocaleSelector localeSelector;

  private Long id;
  private WorkshopRow workshop;
  private Actor actor;
  private boolean manages;
  private String ownStatus;
  private List<RosterRow> roster = List.of();
  private String query;
  private List<RosterRow> candidates = List.of();
  private List<Object> selected = new ArrayList<>();
  private String reason;
  private List<Warning> warnings = List.of();

  public void load() {
    Workshop found = finder.get(id == null ? -1 : id);
    // The chosen language: in this view action the view root's locale is still the browser's.
    Locale locale = localeSelector.getLocale();
    workshop = WorkshopRow.of(found, locale);
    actor = enrolments.caller();
    manages = actor.manages(found);
    ownStatus =
        Optional.ofNullable(actor.personId())
            .flatMap(p -> store.find(found, p))
            .filter(Enrolment::isActive)
            .map(e -> e.getStatus().name())
            .orElse(null);
    if (manages) {
      List<EnrolmentResult> rows = enrolments.roster(id, 0, 500).rows();
      Map<Long, String> names =
          people.names(rows.stream().map(r -> r.enrolment().getPersonId()).toList());
      roster = rows.stream().map(r -> row(r, names)).toList();
      warnings =
          scheduling.clashes(found).stream()
              .map(c -> new Warning(c.workshopId(), isolated(c, locale)))
              .toList();
    }
  }

  /** The clash as a sentence whose names and titles cannot reorder the words around them. */
  private static String isolated(TrainerClash clash, Locale locale) {
    return Messages.get(locale, TrainerClash.KEY, UserText.isolateAll(clash.arguments(locale)));
  }

  private static RosterRow row(EnrolmentResult result, Map<Long, String> names) {
    long personId = result.enrolment().getPersonId();
    String name = names.getOrDefault(personId, "");
    return new RosterRow(personId, name, result.enrolment().getStatus().name(), result.position());
  }

  public String signUp() {
    return act(() -> enrolments.enrol(id, actor.personId()));
  }

  public String leave() {
    return act(() -> enrolments.cancel(id, actor.personId()));
  }

  public String cancel(long personId) {
    return act(() -> enrolments.cancel(id, personId));
  }

  public String cancelWorkshop() {
    if (reason == null || reason.isBlank()) {
      PageMessages.error("workshop.page.reasonRequired");
      return null;
    }
    return act(() -> scheduling.cancel(id, reason));
  }

  public void find() {
    candidates =
        directory.search(query == null ? "" : query, 0, 50).stream()
            .map(p -> new RosterRow(p.getId(), p.fullName(), null, null))
            .toList();
  }

  public String enrolSelected() {
    return act(
        () -> {
          for (Object personId : selected) {
            enrolments.enrol(id, Long.parseLong(String.valueOf(personId)));
          }
        });
  }

  private String act(Runnable action) {
    try {
      action.run();
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("workshop.page.done");
    return "/workshops/workshop?faces-redirect=true&id=" + id;
  }

  /** A warning about the workshop, naming another workshop. */
  public record Warning(long workshopId, String text) implements Serializable {}

  public boolean isCanSignUp() {
    return actor != null && actor.personId() != null && ownStatus == null && !manages;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public WorkshopRow getWorkshop() {
    return workshop;
  }

  public boolean isManages() {
    return manages;
  }

  public String getOwnStatus() {
    return ownStatus;
  }

  /** Trainers of this workshop booked elsewhere at the same time, for those who manage it. */
  public List<Warning> getWarnings() {
    return warnings;
  }

  public List<RosterRow> getRoster() {
    return roster;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<RosterRow> getCandidates() {
    return candidates;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<Object> getSelected() {
    return selected;
  }

  public void setSelected(List<Object> selected) {
    this.selected = selected;
  }
}
