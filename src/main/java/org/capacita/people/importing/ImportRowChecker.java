package org.capacita.people.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.capacita.people.application.PersonInput;
import org.capacita.people.application.Places;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Country;
import org.capacita.people.domain.Institution;
import org.capacita.people.domain.Names;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.Sector;
import org.capacita.people.domain.Workplace;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.ValidationTexts;

/**
 * Checks import rows by the same rules as the person form and the API, in the user's language, and
 * finds which rows are persons registered already, a chunk of rows at a time.
 */
@ApplicationScoped
public class ImportRowChecker {

  @Inject private Validator validator;
  @Inject private Places places;
  @PersistenceContext private EntityManager em;

  Session start(Locale locale) {
    return new Session(locale);
  }

  /** The state of one import: reference lists, and the cities and institutions met so far. */
  final class Session {
    private final Locale locale;
    private final Map<String, Sector> sectors;
    private final Map<String, Country> countries;
    private final Map<String, City> cities = new HashMap<>();
    private final Map<String, Institution> institutions = new HashMap<>();

    private Session(Locale locale) {
      this.locale = locale;
      this.sectors = places.sectors().stream().collect(Collectors.toMap(Sector::getCode, s -> s));
      this.countries =
          places.countries().stream().collect(Collectors.toMap(Country::getCode, c -> c));
    }

    /**
     * Checks rows and marks those of persons registered already. Safe to call from any thread: it
     * reads only what the session was given, and the registry as committed (an import's own rows
     * are matched within the file instead).
     */
    List<CheckedRow> checkAll(List<SourceRow> rows, ImportColumns columns) {
      List<CheckedRow> checked = new ArrayList<>(rows.size());
      for (SourceRow row : rows) {
        checked.add(check(row.number(), columns.input(row)));
      }
      matchExisting(checked);
      return checked;
    }

    CheckedRow check(long number, PersonInput input) {
      List<RowError> errors = new ArrayList<>();
      validator.validate(input).stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(v -> errors.add(new RowError(number, field(v), message(v))));
      Country country =
          input.workCountry() == null
              ? null
              : countries.get(input.workCountry().toUpperCase(Locale.ROOT));
      if (input.sector() != null && !sectors.containsKey(input.sector())) {
        errors.add(
            new RowError(
                number, "sector", Messages.get(locale, "person.sector.unknown", input.sector())));
      }
      if (input.workCountry() != null && country == null) {
        errors.add(
            new RowError(
                number,
                "workCountry",
                Messages.get(locale, "person.country.unknown", input.workCountry())));
      }
      if (!errors.isEmpty()) {
        return new CheckedRow(number, input, errors, null, null);
      }
      String idKey =
          input.nationalId() == null ? "" : Names.normalizeNationalId(input.nationalId());
      return new CheckedRow(
          number,
          input,
          errors,
          idKey.isEmpty() ? null : country.getCode() + ":" + idKey,
          Person.identityKeyOf(
              country.getCode(), input.givenNames(), input.familyNames(), input.institution()));
    }

    /**
     * Marks the rows whose person is registered: by national ID when the row has one (namesakes
     * with other IDs are other people), otherwise by names and institution.
     */
    void matchExisting(List<CheckedRow> chunk) {
      List<CheckedRow> valid = chunk.stream().filter(r -> r.errors().isEmpty()).toList();
      if (valid.isEmpty()) {
        return;
      }
      Set<String> identities =
          valid.stream()
              .filter(r -> r.nationalIdKey() == null)
              .map(CheckedRow::identity)
              .collect(Collectors.toSet());
      Map<String, Long> known = new HashMap<>();
      if (!identities.isEmpty()) {
        em.createNamedQuery("Person.findIdsByIdentities", Object[].class)
            .setParameter("keys", identities)
            .getResultList()
            .forEach(row -> known.put("who:" + row[0], (Long) row[1]));
      }
      valid.stream()
          .filter(r -> r.nationalIdKey() != null)
          .collect(Collectors.groupingBy(r -> r.nationalIdKey().substring(0, 2)))
          .forEach(
              (country, rows) ->
                  em.createNamedQuery("Person.findIdsByNationalIds", Object[].class)
                      .setParameter("country", country)
                      .setParameter(
                          "keys", rows.stream().map(r -> r.nationalIdKey().substring(3)).toList())
                      .getResultList()
                      .forEach(row -> known.put("id:" + country + ":" + row[0], (Long) row[1])));
      for (CheckedRow row : valid) {
        Long registered =
            row.nationalIdKey() == null
                ? known.get("who:" + row.identity())
                : known.get("id:" + row.nationalIdKey());
        if (registered != null) {
          row.markExisting(registered);
        }
      }
    }

    RowError duplicateInFile(CheckedRow row) {
      return new RowError(
          row.number(), "nationalId", Messages.get(locale, "import.row.duplicateId"));
    }

    Person person(CheckedRow row, Instant now) {
      PersonInput input = row.input();
      Country country = countries.get(input.workCountry().toUpperCase(Locale.ROOT));
      Sector sector = sectors.get(input.sector());
      City city =
          cities.computeIfAbsent(
              country.getCode() + "|" + Names.fold(input.workCity()),
              k -> places.city(country, input.workCity()));
      Institution institution =
          institutions.computeIfAbsent(
              country.getCode() + "|" + Names.fold(input.institution()),
              k -> places.institution(input.institution(), sector, city));
      return new Person(input.details(), new Workplace(institution, sector, city), now);
    }

    private String field(ConstraintViolation<?> violation) {
      return violation.getPropertyPath().toString();
    }

    private String message(ConstraintViolation<?> violation) {
      return ValidationTexts.interpolate(
          violation.getMessageTemplate(),
          violation.getConstraintDescriptor().getAttributes(),
          locale);
    }
  }
}
