package org.capacita.people.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.logging.Logger;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Country;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.Sector;
import org.capacita.people.domain.Workplace;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.Role;

/** Registers and corrects persons, refusing a second record for the same national ID. */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class Registry {

  private static final Logger LOG = Logger.getLogger(Registry.class.getName());

  @Inject private People people;
  @Inject private Places places;
  @Inject private DuplicateFinder duplicates;

  public Person register(@NotNull @Valid PersonInput input) {
    Workplace workplace = workplaceOf(input);
    Country country = workplace.city().getCountry();
    people
        .findByNationalId(country, input.nationalId())
        .ifPresent(
            existing -> {
              throw new DuplicatePersonException(existing.getId());
            });
    Person person = people.add(new Person(input.details(), workplace, Instant.now()));
    duplicates.queueDuplicatesOf(person);
    LOG.fine(() -> "Person registered: " + person.getId());
    return person;
  }

  /**
   * The person of a learner who registered themself and confirmed their address: names, sex and
   * workplace as they gave them, their account's address, no national ID (leads add it, since
   * anyone could type anyone's ID).
   */
  @PermitAll
  public Person registerForAccount(
      @NotNull @Valid PersonInput input, long accountId, String email) {
    PersonInput own =
        new PersonInput(
            input.givenNames(),
            input.familyNames(),
            input.sex(),
            email,
            input.phone(),
            null,
            input.institution(),
            input.sector(),
            input.position(),
            input.workCity(),
            input.workCountry());
    Person person = people.add(new Person(own.details(), workplaceOf(own), Instant.now()));
    person.linkAccount(accountId);
    duplicates.queueDuplicatesOf(person);
    return person;
  }

  /** Refuses an unknown sector or country, as registering the person later would. */
  @PermitAll
  public void checkWorkplace(@NotNull PersonInput input) {
    sectorOf(input);
    countryOf(input);
  }

  public Person correct(long id, @NotNull @Valid PersonInput input) {
    Person person = people.find(id).orElseThrow(NotFoundException::new);
    Workplace workplace = workplaceOf(input);
    people
        .findByNationalId(workplace.city().getCountry(), input.nationalId())
        .filter(other -> !other.equals(person))
        .ifPresent(
            other -> {
              throw new DuplicatePersonException(other.getId());
            });
    person.update(input.details(), workplace);
    duplicates.queueDuplicatesOf(person);
    return person;
  }

  private Workplace workplaceOf(PersonInput input) {
    Sector sector = sectorOf(input);
    City city = places.city(countryOf(input), input.workCity());
    return new Workplace(places.institution(input.institution(), sector, city), sector, city);
  }

  private Sector sectorOf(PersonInput input) {
    return places
        .sector(input.sector())
        .orElseThrow(
            () -> BusinessRuleException.onField("sector", "person.sector.unknown", input.sector()));
  }

  private Country countryOf(PersonInput input) {
    return places
        .country(input.workCountry())
        .orElseThrow(
            () ->
                BusinessRuleException.onField(
                    "workCountry", "person.country.unknown", input.workCountry()));
  }
}
