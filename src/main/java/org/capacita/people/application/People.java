package org.capacita.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.capacita.people.domain.Country;
import org.capacita.people.domain.Names;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonSearchToken;

/** Loads, stores and searches persons. Callers bring the transaction. */
@ApplicationScoped
public class People {

  private static final int MAX_TERMS = 6;
  private static final java.util.regex.Pattern NATIONAL_ID =
      java.util.regex.Pattern.compile("[0-9][0-9.\\-]*[.\\-][0-9.\\-]*[0-9A-Za-z]");

  @PersistenceContext private EntityManager em;

  public Optional<Person> find(long id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  /**
   * Full names ("given family") of the persons with these ids, in one query; unknown ids left out.
   */
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    em.createNamedQuery("Person.findNamesByIds", Object[].class)
        .setParameter("ids", Set.copyOf(ids))
        .getResultList()
        .forEach(row -> names.put((Long) row[0], row[1] + " " + row[2]));
    return names;
  }

  public Optional<Person> findByNationalId(Country country, String nationalId) {
    if (nationalId == null || nationalId.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Person.findByNationalId", Person.class)
        .setParameter("country", country)
        .setParameter("key", Names.normalizeNationalId(nationalId))
        .getResultStream()
        .findFirst();
  }

  public Optional<Person> findByAccount(long accountId) {
    return em.createNamedQuery("Person.findByAccount", Person.class)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst();
  }

  /** Persons with this e-mail address who have no account yet. */
  public List<Person> findUnlinkedByEmail(String email) {
    if (email == null || email.isBlank()) {
      return List.of();
    }
    return em.createNamedQuery("Person.findUnlinkedByEmail", Person.class)
        .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
        .setMaxResults(2)
        .getResultList();
  }

  public Person add(Person person) {
    em.persist(person);
    return person;
  }

  /**
   * Persons (not merged away) with a word in their name, e-mail, national ID or institution that
   * starts with each word of {@code query}, compared without accents or case; ordered by family
   * names. Each word is looked up in {@code person_search_token} through its index, so that the
   * search does not read the whole registry ("gonz rosa" finds Rosa González).
   */
  public List<Person> search(String query, int first, int size) {
    CriteriaQuery<Person> select = matching(query, Person.class);
    Root<?> person = select.getRoots().iterator().next();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    select.orderBy(cb.asc(person.get("familyNames")), cb.asc(person.get("givenNames")));
    TypedQuery<Person> typed = em.createQuery(select);
    return typed.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(String query) {
    CriteriaQuery<Long> count = matching(query, Long.class);
    Root<?> person = count.getRoots().iterator().next();
    count.select(em.getCriteriaBuilder().count(person));
    return em.createQuery(count).getSingleResult();
  }

  private <T> CriteriaQuery<T> matching(String query, Class<T> type) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> select = cb.createQuery(type);
    Root<Person> person = select.from(Person.class);
    List<Predicate> conditions = new java.util.ArrayList<>();
    conditions.add(cb.isNull(person.get("mergedInto")));
    for (String term : terms(query)) {
      Subquery<Long> found = select.subquery(Long.class);
      Root<PersonSearchToken> token = found.from(PersonSearchToken.class);
      found
          .select(token.<Long>get("personId"))
          .where(cb.like(token.<String>get("token"), escape(term) + "%", '\\'));
      conditions.add(person.get("id").in(found));
    }
    select.where(conditions.toArray(Predicate[]::new));
    return select;
  }

  /**
   * The conditions of a search for {@code query} on {@code person} (every word anywhere in the
   * name, e-mail, national ID or institution, without accents or case), for features that search
   * their own short lists of persons (a workshop's roster) in one query: a scan of the folded
   * {@code search_text}, fine for a list already narrowed down, not for the registry.
   */
  public static List<Predicate> matches(CriteriaBuilder cb, Path<Person> person, String query) {
    return Names.tokens(query == null ? "" : query).stream()
        .limit(MAX_TERMS)
        .map(term -> cb.like(person.<String>get("searchText"), "%" + escape(term) + "%", '\\'))
        .map(Predicate.class::cast)
        .toList();
  }

  /**
   * The words of a query as stored: folded, except that a national ID typed with dots and dashes
   * ("12.345.678-K") stays one word, as the person's national ID is stored.
   */
  private static List<String> terms(String query) {
    List<String> terms = new java.util.ArrayList<>();
    for (String chunk : (query == null ? "" : query).strip().split("\\s+")) {
      if (NATIONAL_ID.matcher(chunk).matches()) {
        terms.add(Names.normalizeNationalId(chunk).toLowerCase(java.util.Locale.ROOT));
      } else {
        terms.addAll(Names.tokens(chunk));
      }
    }
    return terms.stream().limit(MAX_TERMS).map(PersonSearchToken::cut).distinct().toList();
  }

  private static String escape(String term) {
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
