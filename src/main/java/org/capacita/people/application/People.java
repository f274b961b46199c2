package org.capacita.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.capacita.people.domain.Country;
import org.capacita.people.domain.Names;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonSearchToken;
import org.capacita.people.domain.SearchWord;

/** Loads, stores and searches persons. Callers bring the transaction. */
@ApplicationScoped
public class People {

  private static final int MAX_TERMS = 6;
  private static final char ESCAPE = '!';
  private static final java.util.regex.Pattern NATIONAL_ID =
      java.util.regex.Pattern.compile("[0-9][0-9.\\-]*[.\\-][0-9.\\-]*[0-9A-Za-z]");

  @PersistenceContext private EntityManager em;
  @jakarta.inject.Inject private WordRanges ranges;

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
   * starts with each word of {@code query}, compared without accents or case; ordered by folded
   * family and given names ("gonz rosa" finds Rosa González). The search reads the rows of {@code
   * person_search_token} of its rarest word through the primary key (token, person_id), checks the
   * other words in the same rows and chooses the page by their sort key; only that page's persons
   * are read from {@code person}.
   */
  public List<Person> search(String query, int first, int size) {
    return page(query, first, size).persons();
  }

  /**
   * A page of {@link #search} with the number of all the persons found, from one reading of the
   * rarest word's rows (the count rides along the page as a window function).
   */
  public Found page(String query, int first, int size) {
    List<String> patterns = patterns(query);
    if (patterns.isEmpty()) {
      return new Found(everyone(first, size), count(query));
    }
    String rarest = ranges.rarest(patterns);
    List<String> others = patterns.stream().filter(pattern -> !pattern.equals(rarest)).toList();
    jakarta.persistence.Query select =
        em.createNativeQuery(
            "SELECT m.person_id, COUNT(*) OVER () FROM (SELECT DISTINCT sort_key, person_id"
                + " FROM person_search_token WHERE token LIKE ? ESCAPE '!'"
                + " AND words LIKE ? ESCAPE '!'".repeat(others.size())
                + ") m ORDER BY m.sort_key, m.person_id LIMIT ? OFFSET ?");
    int index = 1;
    select.setParameter(index++, rarest);
    for (String other : others) {
      select.setParameter(index++, "% " + other);
    }
    select.setParameter(index++, size).setParameter(index, first);
    List<?> rows = select.getResultList();
    if (rows.isEmpty()) {
      return new Found(List.of(), first == 0 ? 0 : count(query));
    }
    List<Long> ids = rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
    Map<Long, Person> found = new HashMap<>();
    em.createQuery(
            "SELECT p FROM Person p JOIN FETCH p.institution JOIN FETCH p.workCity"
                + " WHERE p.id IN :ids",
            Person.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(person -> found.put(person.getId(), person));
    long total = ((Number) ((Object[]) rows.get(0))[1]).longValue();
    return new Found(ids.stream().map(found::get).filter(Objects::nonNull).toList(), total);
  }

  /** A page of persons found and how many were found in all. */
  public record Found(List<Person> persons, long total) {}

  public long count(String query) {
    List<String> patterns = patterns(query);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    if (patterns.isEmpty()) {
      Root<Person> person = count.from(Person.class);
      count.select(cb.count(person)).where(cb.isNull(person.get("mergedInto")));
    } else {
      String rarest = ranges.rarest(patterns);
      Root<PersonSearchToken> token = count.from(PersonSearchToken.class);
      List<Predicate> conditions = new java.util.ArrayList<>();
      conditions.add(cb.like(token.get("token"), rarest, ESCAPE));
      patterns.stream()
          .filter(pattern -> !pattern.equals(rarest))
          .forEach(pattern -> conditions.add(cb.like(token.get("words"), "% " + pattern, ESCAPE)));
      count
          .select(cb.countDistinct(token.get("personId")))
          .where(conditions.toArray(Predicate[]::new));
    }
    return em.createQuery(count).getSingleResult();
  }

  private List<Person> everyone(int first, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Person> select = cb.createQuery(Person.class);
    Root<Person> person = select.from(Person.class);
    select
        .where(cb.isNull(person.get("mergedInto")))
        .orderBy(cb.asc(person.get("familyNames")), cb.asc(person.get("givenNames")));
    return em.createQuery(select).setFirstResult(first).setMaxResults(size).getResultList();
  }

  /**
   * The terms of a query as patterns of word beginnings ("gonz" gives {@code gonz%}, escaped with
   * {@code !}): a row of {@code person_search_token} matches when its word is like the rarest
   * pattern, and the person has every other term when {@code words} (each word after a space) is
   * like a space and the pattern.
   */
  private static List<String> patterns(String query) {
    return terms(query).stream().map(term -> escape(term) + "%").toList();
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
        .map(term -> cb.like(person.<String>get("searchText"), "%" + escape(term) + "%", ESCAPE))
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
    return terms.stream().limit(MAX_TERMS).map(SearchWord::cut).distinct().toList();
  }

  private static String escape(String term) {
    return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
