package org.capacita.scheduling.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.capacita.people.domain.Names;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopStatus;

/** Loads and stores workshops. Callers bring the transaction. */
@ApplicationScoped
public class Workshops {

  @PersistenceContext private EntityManager em;

  public Optional<Workshop> find(long id) {
    return Optional.ofNullable(em.find(Workshop.class, id));
  }

  /**
   * The workshop, read with {@code SELECT ... FOR UPDATE}: the row stays locked until the
   * transaction ends, so seat counters read here are current and no one else changes them.
   */
  public Optional<Workshop> lock(long id) {
    return Optional.ofNullable(em.find(Workshop.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Workshop add(Workshop workshop) {
    em.persist(workshop);
    return workshop;
  }

  /**
   * Workshops with a day in the period, in a city and country, of a module, trained by an account
   * and in a status (null: any), by first day.
   */
  public List<Workshop> search(WorkshopFilter filter, int first, int size) {
    return search(filter, first, size, true);
  }

  /** The same, leaving drafts out unless {@code drafts}: only leads and trainers see them. */
  public List<Workshop> search(WorkshopFilter filter, int first, int size, boolean drafts) {
    return withCollections(
            query(filter, drafts, "SELECT w", " ORDER BY w.firstDay, w.id", Workshop.class))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** The workshops an account trains whose last day is on or after {@code from}, by first day. */
  public List<Workshop> trainedBy(long accountId, LocalDate from) {
    return withCollections(em.createNamedQuery("Workshop.findByTrainer", Workshop.class))
        .setParameter("accountId", accountId)
        .setParameter("from", from)
        .getResultList();
  }

  /**
   * Reads the sessions and trainers of a list of workshops with one query each ({@code IN} the
   * listed ids), rather than two queries per workshop: lists and calendars show both.
   */
  private static <T> TypedQuery<T> withCollections(TypedQuery<T> query) {
    return query
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "w.sessions")
        .setHint("eclipselink.batch", "w.trainerIds");
  }

  public long count(WorkshopFilter filter) {
    return count(filter, true);
  }

  public long count(WorkshopFilter filter, boolean drafts) {
    return query(filter, drafts, "SELECT COUNT(w)", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(
      WorkshopFilter filter, boolean drafts, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" FROM Workshop w WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (!drafts) {
      jpql.append(" AND w.status <> :draft");
      parameters.put("draft", WorkshopStatus.DRAFT);
    }
    if (filter.from() != null) {
      jpql.append(" AND w.lastDay >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      jpql.append(" AND w.firstDay <= :to");
      parameters.put("to", filter.to());
    }
    if (filter.city() != null) {
      jpql.append(" AND w.city.nameFolded = :city");
      parameters.put("city", Names.fold(filter.city()));
    }
    if (filter.country() != null) {
      jpql.append(" AND w.country.code = :country");
      parameters.put("country", filter.country());
    }
    if (filter.moduleCode() != null) {
      jpql.append(" AND w.module.code = :code");
      parameters.put("code", filter.moduleCode());
    }
    if (filter.trainerId() != null) {
      jpql.append(" AND :trainer MEMBER OF w.trainerIds");
      parameters.put("trainer", filter.trainerId());
    }
    if (filter.status() != null) {
      jpql.append(" AND w.status = :status");
      parameters.put("status", filter.status());
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    parameters.forEach(query::setParameter);
    return query;
  }
}
