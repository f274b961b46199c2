package org.capacita.people.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.capacita.infrastructure.database.DatabaseConfiguration;

/**
 * Which word of a search has the fewest rows in {@code person_search_token}, so that the search
 * reads that word's range and checks the others in the same rows. On MySQL/MariaDB the optimizer's
 * own estimate of each range ({@code EXPLAIN}'s rows, from a few dives into the primary key, well
 * under a millisecond) decides; elsewhere (H2) a count of each range bounded at {@value
 * #COUNT_BOUND} rows. Only how fast a search is depends on it, never what it finds.
 */
@ApplicationScoped
class WordRanges {

  private static final int COUNT_BOUND = 5_000;
  private static final String RANGE = "FROM person_search_token WHERE token LIKE ? ESCAPE '!'";

  @PersistenceContext private EntityManager em;

  @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
  private DataSource dataSource;

  private volatile Boolean mysql;

  /** The pattern (a term's escaped prefix pattern, as {@code gonz%}) with the smallest range. */
  String rarest(List<String> patterns) {
    if (patterns.size() == 1) {
      return patterns.get(0);
    }
    String rarest = null;
    long fewest = Long.MAX_VALUE;
    for (String pattern : patterns) {
      long rows = isMysql() ? estimate(pattern) : boundedCount(pattern);
      if (rows < fewest) {
        rarest = pattern;
        fewest = rows;
      }
    }
    return rarest;
  }

  private long estimate(String pattern) {
    Object[] plan =
        (Object[])
            em.createNativeQuery("EXPLAIN SELECT person_id " + RANGE)
                .setParameter(1, pattern)
                .getSingleResult();
    // MariaDB answers the column as text
    return plan[8] == null ? 0 : Long.parseLong(plan[8].toString());
  }

  private long boundedCount(String pattern) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM (SELECT 1 " + RANGE + " LIMIT " + COUNT_BOUND + ") b")
                .setParameter(1, pattern)
                .getSingleResult())
        .longValue();
  }

  private boolean isMysql() {
    if (mysql == null) {
      try (Connection connection = dataSource.getConnection()) {
        String product = connection.getMetaData().getDatabaseProductName();
        String lower = product.toLowerCase(Locale.ROOT);
        mysql = lower.contains("mysql") || lower.contains("mariadb");
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot reach the database", e);
      }
    }
    return mysql;
  }
}
