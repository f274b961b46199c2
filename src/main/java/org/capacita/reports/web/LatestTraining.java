package org.capacita.reports.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The day of the latest completion the reports count, which picks the period the report pages open
 * on. One look at the top of the fact table's period index, however large the table is.
 */
@ApplicationScoped
public class LatestTraining {

  @PersistenceContext private EntityManager em;

  /** The latest training day, if anyone completed anything yet. */
  public Optional<LocalDate> day() {
    Object latest =
        em.createNativeQuery("SELECT MAX(trained_on) FROM training_fact").getSingleResult();
    if (latest instanceof LocalDate day) {
      return Optional.of(day);
    }
    if (latest instanceof Date date) {
      return Optional.of(date.toLocalDate());
    }
    return latest == null ? Optional.empty() : Optional.of(LocalDate.parse(latest.toString()));
  }
}
