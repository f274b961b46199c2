package org.capacita.scheduling.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.capacita.scheduling.application.WorkshopFilter;
import org.capacita.scheduling.application.WorkshopFinder;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code workshops/index.xhtml}: workshops by period, city, country, module, trainer and status, a
 * page at a time; the filters stay in the address.
 */
@Named
@ViewScoped
public class WorkshopsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkshopFinder finder;

  private final WorkshopQuery query = new WorkshopQuery();
  private final LazyDataModel<WorkshopRow> rows = new Rows();
  private WorkshopFilter filter;
  private long total;

  public void load() {
    filter = query.filter(finder);
    total = filter == null ? 0 : finder.count(filter);
  }

  public String search() {
    return "/workshops/index?faces-redirect=true&" + query.queryString();
  }

  public WorkshopQuery getQuery() {
    return query;
  }

  public LazyDataModel<WorkshopRow> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  private final class Rows extends LazyDataModel<WorkshopRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return filter == null ? 0 : Math.toIntExact(finder.count(filter));
    }

    @Override
    public List<WorkshopRow> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      if (filter == null) {
        return List.of();
      }
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      return finder.search(filter, first, size).stream()
          .map(w -> WorkshopRow.of(w, locale))
          .toList();
    }

    @Override
    public String getRowKey(WorkshopRow row) {
      return Long.toString(row.getId());
    }

    @Override
    public WorkshopRow getRowData(String rowKey) {
      return null;
    }
  }
}
