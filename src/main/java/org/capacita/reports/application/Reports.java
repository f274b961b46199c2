package org.capacita.reports.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.DrillPage;
import org.capacita.reports.domain.DrillPerson;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.PeriodKeys;
import org.capacita.reports.domain.Report;
import org.capacita.reports.domain.ReportQuery;
import org.capacita.reports.domain.ReportRow;
import org.capacita.shared.security.Role;

/**
 * Runs reports on the fact table, for leads and admins. Each family of indicators ({@link Family})
 * is one statement for the rows and one for the totals: people and first-time people are counted
 * distinct in every row and again for the total, never summed. Rows are ordered by their values.
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.ADMIN_NAME})
public class Reports {

  @PersistenceContext private EntityManager em;
  @Inject private ReportSettings settings;

  /** The report of {@code query}, computed now. */
  public Report run(@NotNull ReportQuery query) {
    PeriodKeys periods = settings.periods();
    Map<List<String>, EnumMap<Indicator, Number>> rows = new LinkedHashMap<>();
    EnumMap<Indicator, Number> totals = new EnumMap<>(Indicator.class);
    Optional<LocalDate[]> days = days(query, periods);
    for (Family family : Family.values()) {
      EnumSet<Indicator> indicators = family.among(query.indicators());
      if (indicators.isEmpty() || days.isEmpty()) {
        continue;
      }
      LocalDate first = days.get()[0];
      LocalDate last = days.get()[1];
      if (!query.by().isEmpty()) {
        ReportSql grouped = ReportSql.of(query, family, indicators, true, periods, first, last);
        for (Object[] row : results(grouped)) {
          List<String> key = ResultKeys.of(query.by(), row, periods);
          read(indicators, row, grouped.dimensionCount(), rows.computeIfAbsent(key, k -> values()));
        }
      }
      ReportSql total = ReportSql.of(query, family, indicators, false, periods, first, last);
      read(indicators, results(total).get(0), 0, totals);
    }
    List<ReportRow> ordered = new ArrayList<>();
    rows.entrySet().stream()
        .sorted((a, b) -> ResultKeys.compare(query.by(), a.getKey(), b.getKey()))
        .forEach(e -> ordered.add(row(query, e.getKey(), e.getValue())));
    return new Report(
        query,
        ordered,
        row(query, List.of(), totals),
        Instant.now(),
        Indicator.DEFINITIONS_VERSION);
  }

  /**
   * The people behind one number: the query narrowed to {@code cell} (a row's dimension values; a
   * null value means none), by family and given names, {@code max} from {@code first}; with their
   * completions in the cell. The total equals the cell's people count.
   */
  public DrillPage drill(
      @NotNull ReportQuery query, Map<Dimension, String> cell, int first, int max) {
    ReportQuery narrowed = query.narrowedTo(cell);
    PeriodKeys periods = settings.periods();
    Optional<LocalDate[]> days = days(narrowed, periods);
    if (days.isEmpty()) {
      return new DrillPage(List.of(), 0);
    }
    EnumSet<Indicator> people = EnumSet.of(Indicator.PEOPLE);
    ReportSql counted =
        ReportSql.of(narrowed, Family.FACTS, people, false, periods, days.get()[0], days.get()[1]);
    long total = ((Number) results(counted).get(0)[0]).longValue();
    Query page =
        em.createNativeQuery(
            "SELECT p.id, p.given_names, p.family_names, i.name, x.n FROM ("
                + counted.textSelecting("f.person_id AS person_id, COUNT(*) AS n", "f.person_id")
                + ") x JOIN person p ON p.id = x.person_id"
                + " JOIN institution i ON i.id = p.institution_id"
                + " ORDER BY p.family_names, p.given_names, p.id");
    bind(page, counted);
    page.setFirstResult(Math.max(0, first));
    page.setMaxResults(Math.max(1, max));
    List<DrillPerson> items = new ArrayList<>();
    for (Object found : page.getResultList()) {
      Object[] row = (Object[]) found;
      items.add(
          new DrillPerson(
              ((Number) row[0]).longValue(),
              row[1] + " " + row[2],
              String.valueOf(row[3]),
              ((Number) row[4]).longValue()));
    }
    return new DrillPage(items, total);
  }

  /** The period keys (fiscal year start) reports use. */
  public PeriodKeys periods() {
    return settings.periods();
  }

  /** The days the query covers once its period filters narrow it; empty when none is left. */
  static Optional<LocalDate[]> days(ReportQuery query, PeriodKeys periods) {
    LocalDate first = query.from();
    LocalDate last = query.to();
    for (Map.Entry<Dimension, String> filter : query.filters().entrySet()) {
      if (filter.getKey().isPeriod()) {
        LocalDate[] range =
            periods.days(filter.getKey(), filter.getValue(), filter.getKey().filterName());
        first = range[0].isAfter(first) ? range[0] : first;
        last = range[1].isBefore(last) ? range[1] : last;
      }
    }
    return first.isAfter(last) ? Optional.empty() : Optional.of(new LocalDate[] {first, last});
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> results(ReportSql sql) {
    Query query = em.createNativeQuery(sql.text());
    bind(query, sql);
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
    }
    return rows;
  }

  private static void bind(Query query, ReportSql sql) {
    List<Object> parameters = sql.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }

  private static void read(
      EnumSet<Indicator> indicators, Object[] row, int at, EnumMap<Indicator, Number> into) {
    int column = at;
    for (Indicator indicator : indicators) {
      into.put(indicator, Aggregates.value(indicator, row, column));
      column += Aggregates.width(indicator);
    }
  }

  private static EnumMap<Indicator, Number> values() {
    return new EnumMap<>(Indicator.class);
  }

  private static ReportRow row(
      ReportQuery query, List<String> key, EnumMap<Indicator, Number> values) {
    Map<Dimension, String> named = new LinkedHashMap<>();
    for (int i = 0; i < key.size(); i++) {
      named.put(query.by().get(i), key.get(i));
    }
    for (Indicator indicator : query.indicators()) {
      values.computeIfAbsent(indicator, Aggregates::none);
    }
    return new ReportRow(named, values);
  }
}
