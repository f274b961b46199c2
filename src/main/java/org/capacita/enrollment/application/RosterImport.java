package org.capacita.enrollment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.capacita.enrollment.application.RosterImportReport.Line;
import org.capacita.enrollment.application.RosterImportReport.Place;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.people.importing.ImportMode;
import org.capacita.people.importing.ImportProgress;
import org.capacita.people.importing.ImportReport;
import org.capacita.people.importing.PersonImport;
import org.capacita.people.importing.RowError;
import org.capacita.people.importing.RowOutcome;
import org.capacita.people.importing.RowReader;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * Enrols the people of an import file (the people import's template) into a workshop, in one
 * transaction: the file is imported all-or-nothing by {@link PersonImport}, then each person not
 * yet in the workshop is enrolled through {@link Enrolling} (a seat, else the waitlist; one mail
 * each). A preview checks the file and forecasts the places without storing anything; a file with
 * any error stores nothing. Only leads and the workshop's trainers; another trainer's workshop is
 * "not found".
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class RosterImport {

  private static final Logger LOG = Logger.getLogger(RosterImport.class.getName());

  @Inject private CurrentCaller callers;
  @Inject private Workshops workshops;
  @Inject private Enrolments enrolments;
  @Inject private Enrolling enrolling;
  @Inject private PersonImport imports;

  public RosterImportReport run(long workshopId, RowReader reader, Locale locale, boolean preview)
      throws IOException {
    Actor actor = Actor.of(callers.get());
    Workshop workshop =
        workshops.find(workshopId).filter(actor::manages).orElseThrow(NotFoundException::new);
    workshop.checkTakesEnrolments();
    List<RowOutcome> outcomes = new ArrayList<>();
    ImportReport report =
        imports.run(
            reader,
            locale,
            preview ? ImportMode.CHECK : ImportMode.ALL_OR_NOTHING,
            ImportProgress.NONE,
            outcomes::add);
    Set<Long> persons = new LinkedHashSet<>();
    outcomes.stream().map(RowOutcome::personId).filter(Objects::nonNull).forEach(persons::add);
    Set<Long> already = enrolments.activeAmong(workshop, persons);
    boolean store = !preview && report.errors().isEmpty();
    Map<Long, List<RowError>> errors = new HashMap<>();
    report.errors().forEach(e -> errors.computeIfAbsent(e.row(), r -> new ArrayList<>()).add(e));
    int seats = workshop.seats().left();
    List<Line> lines = new ArrayList<>(outcomes.size());
    long enrolled = 0;
    long waitlisted = 0;
    for (RowOutcome row : outcomes) {
      Place place = Place.NONE;
      if (row.kind() == RowOutcome.Kind.REPEATED) {
        place = Place.REPEATED;
      } else if (row.personId() != null && already.contains(row.personId())) {
        place = Place.ALREADY_ENROLLED;
      } else if (row.kind() != RowOutcome.Kind.ERROR) {
        if (store) {
          EnrolmentStatus status =
              enrolling.enrol(workshopId, row.personId(), actor).enrolment().getStatus();
          place = status == EnrolmentStatus.WAITLISTED ? Place.WAITLISTED : Place.ENROLLED;
        } else {
          place = seats-- > 0 ? Place.ENROLLED : Place.WAITLISTED;
        }
      }
      enrolled += place == Place.ENROLLED ? 1 : 0;
      waitlisted += place == Place.WAITLISTED ? 1 : 0;
      lines.add(
          new Line(
              row.row(), row.name(), row.kind(), place, errors.getOrDefault(row.row(), List.of())));
    }
    boolean counted = preview || store;
    long alreadyEnrolled = lines.stream().filter(l -> l.place() == Place.ALREADY_ENROLLED).count();
    LOG.info(
        () ->
            "Roster import into workshop "
                + workshopId
                + (store ? ": stored" : ": nothing stored"));
    return new RosterImportReport(
        report.rows(),
        counted ? enrolled : 0,
        counted ? waitlisted : 0,
        alreadyEnrolled,
        counted ? report.created() : 0,
        lines,
        report.errors(),
        store);
  }
}
