package org.capacita.reports.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.capacita.people.application.People;
import org.capacita.reports.application.Reports;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.DrillPerson;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.ReportQuery;
import org.capacita.reports.domain.ReportRow;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.web.PageMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code reports/people.xhtml}: the people behind one number of a report (its period, filters and
 * the cell's values, {@code at.<filter>=}), a page at a time, with their institution, sector and
 * completions in the cell; and the way back to the report with its filters.
 */
@Named
@ViewScoped
public class ReportPeopleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Reports reports;
  @Inject private People people;
  @Inject private LatestTraining latest;

  private final ReportForm form = new ReportForm();
  private final Map<Dimension, String> cell = new EnumMap<>(Dimension.class);
  private final LazyDataModel<DrillRow> rows = new Rows();
  private String by;
  private String back;
  private ReportQuery query;
  private ReportRow counts;

  public void load() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    by = parameters.get("by");
    back = "index".equals(parameters.get("back")) ? "index" : "trained";
    parameters.forEach(
        (name, value) -> {
          if (name.startsWith(DrillLink.AT)) {
            Dimension.byFilterName(name.substring(DrillLink.AT.length()))
                .ifPresent(d -> cell.put(d, value == null || value.isEmpty() ? null : value));
          }
        });
    if (!form.resolve(reports.periods(), latest.day())) {
      return;
    }
    try {
      query = form.getAddress().query(List.of(), ReportQuery.TRAINED_FIRST_TIME).narrowedTo(cell);
      counts = reports.run(query).totals();
    } catch (InvalidInputException e) {
      query = null;
      PageMessages.error(e);
    }
  }

  /** The address of the page this one came from, with its period, dimensions and filters. */
  public String getBackLink() {
    ReportAddress address = form.getAddress();
    String page = "index".equals(back) ? "reports/index.xhtml" : "reports/trained.xhtml";
    return page + "?" + address.queryStringWith("by", "index".equals(back) ? null : by);
  }

  public boolean isBackToDashboard() {
    return "index".equals(back);
  }

  /** The cell's values, as "Dimension: value", then the report's own filters. */
  public Map<Dimension, String> getCell() {
    return cell;
  }

  /** The report's filters that the cell does not name again. */
  public Map<Dimension, String> getOtherFilters() {
    Map<Dimension, String> others = new EnumMap<>(Dimension.class);
    form.getAddress()
        .filterValues()
        .forEach(
            (d, v) -> {
              if (!cell.containsKey(d)) {
                others.put(d, v);
              }
            });
    return others;
  }

  public ReportForm getForm() {
    return form;
  }

  /** The people, participations and first-time people of the cell. */
  public ReportRow getCounts() {
    return counts;
  }

  /** One of the cell's figures. */
  public Number figure(Indicator indicator) {
    return counts == null ? null : counts.value(indicator);
  }

  public LazyDataModel<DrillRow> getRows() {
    return rows;
  }

  /** One person of the list, with their sector as the registry holds it now. */
  public record DrillRow(DrillPerson person, String sectorCode) implements Serializable {}

  private final class Rows extends LazyDataModel<DrillRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return counts == null ? 0 : Math.toIntExact(counts.count(Indicator.PEOPLE));
    }

    @Override
    public List<DrillRow> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      if (query == null) {
        return List.of();
      }
      return reports.drill(query, Map.of(), first, size).items().stream()
          .map(
              p ->
                  new DrillRow(
                      p,
                      people.find(p.id()).map(found -> found.getSector().getCode()).orElse(null)))
          .toList();
    }

    @Override
    public String getRowKey(DrillRow row) {
      return Long.toString(row.person().id());
    }

    @Override
    public DrillRow getRowData(String rowKey) {
      return null;
    }
  }
}
