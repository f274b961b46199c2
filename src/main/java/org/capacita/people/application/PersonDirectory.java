package org.capacita.people.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.capacita.people.domain.Country;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.Sector;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * Reading the registry. Leads and trainers see every person; a learner sees only the person linked
 * to their account, and anything else is "not found" so that ids reveal nothing.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class PersonDirectory {

  @Resource private SessionContext context;
  @Inject private People people;
  @Inject private Places places;
  @Inject private CurrentCaller callers;

  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  public List<Person> search(String query, int first, int size) {
    return people.search(query, first, size);
  }

  /** A page of the search and the number found, in one reading (see {@link People#page}). */
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  public People.Found page(String query, int first, int size) {
    return people.page(query, first, size);
  }

  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  public long count(String query) {
    return people.count(query);
  }

  /** The person with this id, if the caller may see them. */
  public Person visible(long id) {
    Person person = people.find(id).orElseThrow(NotFoundException::new);
    if (context.isCallerInRole(Role.LEAD_NAME) || context.isCallerInRole(Role.TRAINER_NAME)) {
      return person;
    }
    long caller = callers.get().accountId();
    if (person.getAccountId() == null || person.getAccountId() != caller) {
      throw new NotFoundException();
    }
    return person;
  }

  public List<Sector> sectors() {
    return places.sectors();
  }

  public List<Country> countries() {
    return places.countries();
  }
}
