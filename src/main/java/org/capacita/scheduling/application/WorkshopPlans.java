package org.capacita.scheduling.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.capacita.catalog.application.Modules;
import org.capacita.catalog.domain.Module;
import org.capacita.people.application.Places;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Country;
import org.capacita.scheduling.domain.SessionTimes;
import org.capacita.scheduling.domain.SignUpMode;
import org.capacita.scheduling.domain.Venue;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopPlan;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.security.AccountDirectory;
import org.capacita.shared.security.Role;

/**
 * Turns a {@link WorkshopInput} into a {@link WorkshopPlan}: the module, city, time zone, dates,
 * times and trainers it names, each refused with a message on its own field.
 */
@ApplicationScoped
public class WorkshopPlans {

  @Inject private Modules modules;
  @Inject private Places places;
  @Inject private AccountDirectory accounts;

  /** The plan; {@code current} is the workshop being changed (null for a new one). */
  public WorkshopPlan of(WorkshopInput input, Actor actor, Workshop current) {
    Module module =
        modules
            .findByCode(input.moduleCode().strip())
            .filter(Module::isPublished)
            .orElseThrow(
                () ->
                    BusinessRuleException.onField(
                        "moduleCode", "workshop.module.unknown", input.moduleCode()));
    ZoneId zone = zone(input.timeZone());
    if (input.capacity() == null || input.capacity() < 1) {
      throw BusinessRuleException.onField("capacity", "workshop.capacity.positive");
    }
    Country country =
        places
            .country(input.country())
            .orElseThrow(
                () ->
                    BusinessRuleException.onField(
                        "country", "workshop.country.unknown", input.country()));
    City city = places.city(country, input.city());
    return new WorkshopPlan(
        module,
        blankToNull(input.title()),
        blankToNull(input.project()),
        new Venue(input.venue().strip(), blankToNull(input.venueAddress()), city),
        zone,
        input.capacity(),
        sessions(input.sessions()),
        mode(input.signUpMode()),
        date("signUpDeadline", input.signUpDeadline(), false),
        trainers(input.trainerIds(), actor, current));
  }

  private static ZoneId zone(String id) {
    try {
      ZoneId zone = ZoneId.of(id.strip());
      if (zone instanceof ZoneOffset) {
        throw new DateTimeException("an offset is not a time zone");
      }
      return zone;
    } catch (DateTimeException e) {
      throw BusinessRuleException.onField("timeZone", "workshop.timeZone.unknown", id);
    }
  }

  private static List<SessionTimes> sessions(List<WorkshopInput.SessionInput> sessions) {
    if (sessions == null || sessions.isEmpty()) {
      throw BusinessRuleException.onField("sessions", "workshop.sessions.required");
    }
    List<SessionTimes> result = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      WorkshopInput.SessionInput session = sessions.get(i);
      String field = "sessions[" + i + "].";
      if (session == null) {
        throw BusinessRuleException.onField("sessions[" + i + "]", "workshop.sessions.required");
      }
      result.add(
          new SessionTimes(
              date(field + "date", session.date(), true),
              time(field + "start", session.start()),
              time(field + "end", session.end())));
    }
    return result;
  }

  private static LocalDate date(String field, String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw new InvalidInputException(field, "workshop.date.invalid");
      }
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "workshop.date.invalid");
    }
  }

  private static LocalTime time(String field, String text) {
    try {
      return LocalTime.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "workshop.time.invalid");
    }
  }

  private static SignUpMode mode(String text) {
    if (text == null || text.isBlank()) {
      return SignUpMode.OPEN;
    }
    try {
      return SignUpMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("signUpMode", "workshop.signUpMode.invalid");
    }
  }

  private Set<Long> trainers(List<Long> ids, Actor actor, Workshop current) {
    Set<Long> trainers = new LinkedHashSet<>();
    if (ids == null && current != null) {
      trainers.addAll(current.getTrainerIds());
    }
    if (ids != null) {
      for (Long id : ids) {
        boolean trains =
            id != null && accounts.find(id).filter(a -> a.hasRole(Role.TRAINER)).isPresent();
        if (!trains) {
          throw BusinessRuleException.onField(
              "trainerIds", "workshop.trainer.unknown", String.valueOf(id));
        }
        trainers.add(id);
      }
    }
    if (actor.trainer() && !actor.lead()) {
      trainers.add(actor.accountId());
    }
    return trainers;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
