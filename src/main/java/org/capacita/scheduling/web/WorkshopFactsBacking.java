package org.capacita.scheduling.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Scheduling;
import org.capacita.scheduling.application.TrainerClash;
import org.capacita.scheduling.application.WorkshopFinder;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.UserText;
import org.capacita.shared.web.LocaleSelector;

/**
 * {@code workshops/workshop.xhtml?id=}: which workshop the address names and its facts (venue,
 * sessions, seats, trainers); for those who manage it, the trainers booked elsewhere at the same
 * time. The page's other fragments (enrolment; later attendance, certificates) read the workshop
 * and the caller from here, so that the page loads it once.
 */
@Named
@ViewScoped
public class WorkshopFactsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkshopFinder finder;
  @Inject private Scheduling scheduling;
  @Inject private LocaleSelector localeSelector;

  private Long id;
  private WorkshopRow workshop;
  private List<String> trainers = List.of();
  private Actor actor;
  private boolean manages;
  private List<Warning> warnings = List.of();

  public void load() {
    Workshop found = finder.get(id == null ? -1 : id);
    // The chosen language: in this view action the view root's locale is still the browser's.
    Locale locale = localeSelector.getLocale();
    workshop = WorkshopRow.of(found, locale);
    trainers = finder.trainerNames(found, locale);
    actor = finder.caller();
    manages = actor.manages(found);
    if (manages) {
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

  /** A warning about the workshop, naming another workshop. */
  public record Warning(long workshopId, String text) implements Serializable {}

  /** The address of this page again, for the fragments' POST-redirect-GET. */
  public String page() {
    return "/workshops/workshop?faces-redirect=true&id=" + id;
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

  public List<String> getTrainers() {
    return trainers;
  }

  /** Who looks at the page. */
  public Actor getActor() {
    return actor;
  }

  /** Whether the caller leads the programme or trains this workshop. */
  public boolean isManages() {
    return manages;
  }

  /** Trainers of this workshop booked elsewhere at the same time, for those who manage it. */
  public List<Warning> getWarnings() {
    return warnings;
  }
}
