package org.capacita.reports.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * The long text columns of {@code training_fact} that reports group by through a compact key
   * (V27): each column and its key column, which holds the value's {@code report_label} id.
   */
  public static final Map<String, String> KEYED = keyed();

  /** Every fact's {@code first_on}: the first {@code trained_on} of its person's facts. */
  public static final String FIRST_ON_ALL =
      "UPDATE training_fact SET first_on = (SELECT m.first_on FROM (SELECT person_id,"
          + " MIN(trained_on) AS first_on FROM training_fact GROUP BY person_id) m"
          + " WHERE m.person_id = training_fact.person_id)";

  public static final String DELETE_ALL_TRAINERS = "DELETE FROM training_fact_trainer";
  public static final String DELETE_ALL = "DELETE FROM training_fact";

  private FactRebuildSql() {}

  /**
   * Numbers in {@code report_label} the values of the keyed columns of the facts where {@code
   * condition} holds that it does not hold yet, after the highest number (the condition is repeated
   * once per column, so its parameters are too), in one statement: for a migration or a load with
   * nothing else writing (the application numbers them in {@link ReportLabelNumbers}).
   */
  public static String newLabels(String condition) {
    return "INSERT INTO report_label (id, label)"
        + " SELECT (SELECT COALESCE(MAX(id), 0) FROM report_label)"
        + " + ROW_NUMBER() OVER (ORDER BY x.label), x.label"
        + unlabelled(condition);
  }

  /** The values {@link #newLabels} would number. */
  public static String newValues(String condition) {
    return "SELECT x.label" + unlabelled(condition);
  }

  /** Locks the row V27 keeps for it (number 0, the empty text), until the transaction ends. */
  public static final String LOCK_LABELS = "SELECT id FROM report_label WHERE id = 0 FOR UPDATE";

  private static String unlabelled(String condition) {
    List<String> values = new ArrayList<>();
    KEYED
        .keySet()
        .forEach(
            column ->
                values.add("SELECT " + column + " AS label FROM training_fact WHERE " + condition));
    return " FROM ("
        + String.join(" UNION ", values)
        + ") x WHERE x.label IS NOT NULL"
        + " AND NOT EXISTS (SELECT 1 FROM report_label l WHERE l.label = x.label)";
  }

  /** Sets the key columns of the facts where {@code condition} holds, from {@code report_label}. */
  public static String keys(String condition) {
    List<String> settings = new ArrayList<>();
    KEYED.forEach(
        (column, key) ->
            settings.add(
                key
                    + " = (SELECT l.id FROM report_label l WHERE l.label = training_fact."
                    + column
                    + ")"));
    return "UPDATE training_fact SET " + String.join(", ", settings) + " WHERE " + condition;
  }

  private static Map<String, String> keyed() {
    Map<String, String> keyed = new LinkedHashMap<>();
    keyed.put("sector_code", "sector_key");
    keyed.put("venue_city", "venue_city_key");
    keyed.put("work_city", "work_city_key");
    keyed.put("module_code", "module_key");
    keyed.put("project", "project_key");
    return java.util.Collections.unmodifiableMap(keyed);
  }

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
