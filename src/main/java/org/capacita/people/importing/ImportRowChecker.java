package org.capacita.people.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * finds which rows are persons registered already, a chunk of rows at a time. Sectors and countries
 * are taken by code or by name in English or Spanish ({@link ReferenceNames}); a value that names
 * none is refused with the list of those that would do.
 */
@ApplicationScoped
public class ImportRowChecker {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

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
    private final ReferenceNames<Sector> sectorNames;
    private final ReferenceNames<Country> countryNames;
    private final Map<String, City> cities = new HashMap<>();
    private final Map<String, Institution> institutions = new HashMap<>();

    private Session(Locale locale) {
      this.locale = locale;
      this.sectors = places.sectors().stream().collect(Collectors.toMap(Sector::getCode, s -> s));
      this.countries =
          places.countries().stream().collect(Collectors.toMap(Country::getCode, c -> c));
      this.sectorNames =
          ReferenceNames.of(
              sectors.values(), Sector::getCode, s -> List.of(s.getNameEn(), s.getNameEs()));
      this.countryNames =
          ReferenceNames.of(
              countries.values(),
              Country::getCode,
              c -> List.of(c.name(Locale.ENGLISH), c.name(SPANISH)));
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

    CheckedRow check(long number, PersonInput given) {
      List<RowError> errors = new ArrayList<>();
      validator.validate(given).stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(v -> errors.add(new RowError(number, field(v), message(v))));
      Sector sector = given.sector() == null ? null : sectorNames.find(given.sector()).orElse(null);
      Country country =
          given.workCountry() == null ? null : countryNames.find(given.workCountry()).orElse(null);
      if (given.sector() != null && sector == null) {
        errors.add(
            new RowError(
                number,
                "sector",
                Messages.get(locale, "import.row.unknownSector", given.sector(), sectorList())));
      }
      if (given.workCountry() != null && country == null) {
        errors.add(
            new RowError(
                number,
                "workCountry",
                Messages.get(
                    locale, "import.row.unknownCountry", given.workCountry(), countryList())));
      }
      if (!errors.isEmpty()) {
        return new CheckedRow(number, given, errors, null, null);
      }
      PersonInput input = withCodes(given, sector, country);
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

    /** The sectors a row may name, as the user reads them. */
    private String sectorList() {
      return sectors.values().stream()
          .sorted(Comparator.comparingInt(Sector::getPosition))
          .map(s -> s.name(locale))
          .collect(Collectors.joining("; "));
    }

    /** The countries a row may name, by name and code, in the user's alphabetical order. */
    private String countryList() {
      Collator collator = Collator.getInstance(locale);
      return countries.values().stream()
          .sorted(Comparator.comparing((Country c) -> c.name(locale), collator))
          .map(c -> c.name(locale) + " (" + c.getCode() + ")")
          .collect(Collectors.joining(", "));
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
      Map<CheckedRow, Long> matched = new LinkedHashMap<>();
      for (CheckedRow row : valid) {
        Long registered =
            row.nationalIdKey() == null
                ? known.get("who:" + row.identity())
                : known.get("id:" + row.nationalIdKey());
        if (registered != null) {
          matched.put(row, registered);
        }
      }
      markExisting(matched);
    }

    /** Marks matched rows with the registered person's names and contact details. */
    private void markExisting(Map<CheckedRow, Long> matched) {
      if (matched.isEmpty()) {
        return;
      }
      Map<Long, Object[]> contacts = new HashMap<>();
      em.createNamedQuery("Person.findContactsByIds", Object[].class)
          .setParameter("ids", Set.copyOf(matched.values()))
          .getResultList()
          .forEach(row -> contacts.put((Long) row[0], row));
      matched.forEach(
          (row, id) -> {
            Object[] person = contacts.get(id);
            row.markExisting(
                id,
                person == null ? "" : person[1] + " " + person[2],
                person == null ? null : (String) person[3],
                person == null ? null : (String) person[4]);
          });
    }

    RowError duplicateInFile(CheckedRow row) {
      return new RowError(
          row.number(), "nationalId", Messages.get(locale, "import.row.duplicateId"));
    }

    /** A copy of a valid row's input naming its sector and country by their codes. */
    private PersonInput withCodes(PersonInput input, Sector sector, Country country) {
      return new PersonInput(
          input.givenNames(),
          input.familyNames(),
          input.sex(),
          input.email(),
          input.phone(),
          input.nationalId(),
          input.institution(),
          sector.getCode(),
          input.position(),
          input.workCity(),
          country.getCode());
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
