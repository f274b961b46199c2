package org.capacita.reports.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.capacita.reports.application.ReportLabels;
import org.capacita.reports.application.Reports;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.ReportRow;
import org.capacita.shared.web.LocaleSelector;

/**
 * {@code reports/index.xhtml}, the programme lead's home page: the headline figures of the period
 * (and filters) in the address, charts by sector, venue city, sex, project and module, and the
 * monthly trend.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The headline figures, in the order shown. */
  public static final List<Indicator> HEADLINE =
      List.of(
          Indicator.PEOPLE,
          Indicator.PARTICIPATIONS,
          Indicator.FIRST_TIME_PEOPLE,
          Indicator.WORKSHOPS,
          Indicator.PERSON_HOURS);

  @Inject private Reports reports;
  @Inject private ReportLabels labels;
  @Inject private LatestTraining latest;
  @Inject private LocaleSelector localeSelector;

  private final ReportForm form = new ReportForm();
  private ReportRow totals;
  private DashboardChart bySector;
  private DashboardChart byCity;
  private DashboardChart bySex;
  private DashboardChart byProject;
  private DashboardChart byModule;
  private DashboardChart trend;

  public void load() {
    if (!form.resolve(reports.periods(), latest.day())) {
      return;
    }
    ReportAddress address = form.getAddress();
    Set<Indicator> headline = EnumSet.copyOf(HEADLINE);
    totals = reports.run(address.query(List.of(), headline)).totals();
    if (totals.count(Indicator.PARTICIPATIONS) == 0) {
      return;
    }
    DashboardCharts charts =
        new DashboardCharts(reports, labels, address, localeSelector.getLocale());
    bySector = charts.bars(Dimension.SECTOR, Integer.MAX_VALUE);
    byCity = charts.bars(Dimension.VENUE_CITY, DashboardCharts.CITIES);
    bySex = charts.bySex();
    byProject = charts.bars(Dimension.PROJECT, DashboardCharts.CITIES);
    byModule = charts.bars(Dimension.MODULE, DashboardCharts.CITIES);
    trend = charts.trend(form.getShown().from(), form.getShown().to());
  }

  /** Shows the period and filters chosen in the form (POST-redirect-GET). */
  public String show() {
    String query = form.submitted(reports.periods());
    return query == null ? null : "/reports/index?faces-redirect=true&" + query;
  }

  /** The figure of one headline indicator. */
  public Number figure(Indicator indicator) {
    return totals == null ? null : totals.value(indicator);
  }

  /** The drill-down into the period's people. */
  public String getPeopleLink() {
    return DrillLink.of(form.getAddress(), Map.of(), "index");
  }

  public List<SelectItem> getPeriodOptions() {
    return form.periodOptions(reports.periods(), labels, localeSelector.getLocale());
  }

  public ReportForm getForm() {
    return form;
  }

  /** Whether the period (and filters) hold any training. */
  public boolean isNothingTrained() {
    return totals == null || totals.count(Indicator.PARTICIPATIONS) == 0;
  }

  public List<Indicator> getHeadline() {
    return HEADLINE;
  }

  public DashboardChart getBySector() {
    return bySector;
  }

  public DashboardChart getByCity() {
    return byCity;
  }

  public DashboardChart getBySex() {
    return bySex;
  }

  public DashboardChart getByProject() {
    return byProject;
  }

  public DashboardChart getByModule() {
    return byModule;
  }

  public DashboardChart getTrend() {
    return trend;
  }
}
