package org.capacita.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacita.reports.domain.PeriodKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reports' configuration: the month the fiscal year starts in ({@code
 * capacita.reports.fiscal-year-start}, environment {@code CAPACITA_REPORTS_FISCAL_YEAR_START}, 1 to
 * 12, default 1: the calendar year).
 */
@ApplicationScoped
public class ReportSettings {

  @Inject
  @ConfigProperty(name = "capacita.reports.fiscal-year-start", defaultValue = "1")
  int fiscalYearStart;

  /** The period keys under the configured fiscal year. */
  public PeriodKeys periods() {
    return new PeriodKeys(fiscalYearStart);
  }
}
