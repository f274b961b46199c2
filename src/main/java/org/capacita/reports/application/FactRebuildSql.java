package org.capacita.reports.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements that fill {@code training_fact} from completions, shared by the rebuild service
 * and the migration that first fills it: one fact per completion that counts, that is whose person
 * is not merged into another (a merge leaves with the duplicate only the completions the survivor
 * has already, which would count one participation twice) and whose workshop, if any, is not
 * cancelled (a workshop re-opened and then cancelled keeps its completions, but held nothing).
 */
public final class FactRebuildSql {

  private static final String COLUMNS =
      "INSERT INTO training_fact (completion_id, person_id, trained_on, month_key, route,"
          + " module_code, workshop_id, sex, sector_code, institution_id, venue_city,"
          + " venue_country, work_city, work_region, work_country, project, hours,"
          + " attended_hours, pre_score, post_score)"
          + " SELECT c.id, c.person_id, c.completed_on,"
          + " YEAR(c.completed_on) * 100 + MONTH(c.completed_on), c.route, c.module_code,"
          + " c.workshop_id, c.sex, c.sector_code, c.institution_id, c.venue_city,"
          + " c.venue_country, c.work_city, c.work_region, c.work_country, c.project, c.hours,"
          + " c.attended_hours, c.pre_score, c.post_score"
          + " FROM completion c LEFT JOIN workshop w ON w.id = c.workshop_id"
          + " WHERE (w.id IS NULL OR w.status <> 'CANCELLED')";

  /** Every counting completion, for a rebuild (after deleting every fact). */
  public static final String INSERT_ALL =
      COLUMNS + " AND c.person_id IN (SELECT p.id FROM person p WHERE p.merged_into_id IS NULL)";

  /** One completion ({@code ?1}), as it is recorded. */
  public static final String INSERT_ONE = COLUMNS + " AND c.id = ?1";

  /** The completions of one person ({@code ?1}), after a merge or its undoing. */
  public static final String INSERT_PERSON = COLUMNS + " AND c.person_id = ?1";

  /** The trainers of completions with a fact: completion id and the trainers' names. */
  public static final String TRAINERS =
      "SELECT c.id, c.trainers FROM completion c JOIN training_fact f ON f.completion_id = c.id"
          + " WHERE c.trainers IS NOT NULL";

  public static final String INSERT_TRAINER =
      "INSERT INTO training_fact_trainer (completion_id, trainer) VALUES (?1, ?2)";

  public static final String DELETE_ALL_TRAINERS = "DELETE FROM training_fact_trainer";
  public static final String DELETE_ALL = "DELETE FROM training_fact";

  private FactRebuildSql() {}

  /** The distinct trainer names of a completion's {@code trainers} column ("a; b"). */
  public static List<String> trainers(String joined) {
    List<String> names = new ArrayList<>();
    if (joined != null) {
      for (String name : joined.split("; ")) {
        String trimmed = name.strip();
        if (!trimmed.isEmpty() && !names.contains(trimmed)) {
          names.add(trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed);
        }
      }
    }
    return names;
  }

  /** A statement's text with JDBC's {@code ?} for {@code ?1}, {@code ?2}. */
  public static String jdbc(String sql) {
    return sql.replaceAll("\\?\\d", "?");
  }
}
