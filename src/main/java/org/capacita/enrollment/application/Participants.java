package org.capacita.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.people.application.People;
import org.capacita.people.domain.Person;
import org.capacita.scheduling.domain.Workshop;

/**
 * A workshop's people with their names, searched (as the registry searches: every word, without
 * accents or case) and a page at a time, in one query a page and one to count: the roster of the
 * workshop page and the roll calls. Never capped: every page can be reached.
 */
@ApplicationScoped
public class Participants {

  @PersistenceContext private EntityManager em;

  /**
   * One page of the workshop's enrolments with these statuses whose person matches {@code query},
   * ordered by status (when several) and then by family and given names.
   */
  public List<Participant> page(
      Workshop workshop, Collection<EnrolmentStatus> statuses, String query, int first, int size) {
    return page(workshop, statuses, query, null, first, size);
  }

  /** The one person's enrolment with these statuses, as {@link #page} shows it; else empty. */
  public List<Participant> ofPerson(
      Workshop workshop, Collection<EnrolmentStatus> statuses, long personId) {
    return page(workshop, statuses, null, personId, 0, 1);
  }

  private List<Participant> page(
      Workshop workshop,
      Collection<EnrolmentStatus> statuses,
      String query,
      Long personId,
      int first,
      int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> select = cb.createTupleQuery();
    Root<Enrolment> e = select.from(Enrolment.class);
    Root<Person> p = select.from(Person.class);
    select.multiselect(
        e, p.get("givenNames"), p.get("familyNames"), p.join("institution").get("name"));
    Predicate[] where = conditions(cb, e, p, workshop, statuses, query);
    if (personId != null) {
      where = java.util.Arrays.copyOf(where, where.length + 1);
      where[where.length - 1] = cb.equal(p.get("id"), personId);
    }
    select.where(where);
    select.orderBy(
        cb.asc(e.get("status")),
        cb.asc(p.get("familyNames")),
        cb.asc(p.get("givenNames")),
        cb.asc(e.get("id")));
    List<Participant> rows = new ArrayList<>();
    for (Tuple t :
        em.createQuery(select).setFirstResult(first).setMaxResults(size).getResultList()) {
      rows.add(
          new Participant(
              t.get(0, Enrolment.class),
              t.get(1, String.class) + " " + t.get(2, String.class),
              t.get(3, String.class)));
    }
    return rows;
  }

  /** How many enrolments with these statuses match {@code query}. */
  public long count(Workshop workshop, Collection<EnrolmentStatus> statuses, String query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> select = cb.createQuery(Long.class);
    Root<Enrolment> e = select.from(Enrolment.class);
    Root<Person> p = select.from(Person.class);
    select.select(cb.count(e)).where(conditions(cb, e, p, workshop, statuses, query));
    return em.createQuery(select).getSingleResult();
  }

  private static Predicate[] conditions(
      CriteriaBuilder cb,
      Root<Enrolment> e,
      Root<Person> p,
      Workshop workshop,
      Collection<EnrolmentStatus> statuses,
      String query) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(e.get("workshop"), workshop));
    where.add(cb.equal(p.get("id"), e.get("personId")));
    where.add(e.get("status").in(statuses));
    where.addAll(People.matches(cb, p, query));
    return where.toArray(Predicate[]::new);
  }

  /** An enrolment with its person's full name and institution. */
  public record Participant(Enrolment enrolment, String name, String institution) {}
}
