package org.capacita.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.capacita.people.application.PersonDirectory;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code people/index.xhtml}: finds persons by name, e-mail, ID fragment or institution. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PersonDirectory directory;

  private String query = "";
  private final LazyDataModel<PersonRow> results = new Results();

  public String search() {
    return "/people/index?faces-redirect=true&q="
        + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null ? "" : query;
  }

  public LazyDataModel<PersonRow> getResults() {
    return results;
  }

  private final class Results extends LazyDataModel<PersonRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return Math.toIntExact(directory.count(query));
    }

    @Override
    public List<PersonRow> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      return directory.search(query, first, size).stream().map(PersonRow::of).toList();
    }

    @Override
    public String getRowKey(PersonRow row) {
      return Long.toString(row.getId());
    }

    @Override
    public PersonRow getRowData(String rowKey) {
      return null;
    }
  }
}
