package org.capacita.scheduling.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.capacita.scheduling.application.WorkshopFilter;
import org.capacita.scheduling.application.WorkshopFinder;
import org.capacita.shared.web.PageMessages;

/** {@code workshops/index.xhtml}: workshops by period, city and module (first 200). */
@Named
@RequestScoped
public class WorkshopsBacking {

  private static final int SHOWN = 200;

  @Inject private WorkshopFinder finder;

  private String from;
  private String to;
  private String city;
  private String moduleCode;
  private List<WorkshopRow> rows = List.of();

  public void load() {
    WorkshopFilter filter = new WorkshopFilter(date(from), date(to), city, moduleCode);
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    rows = finder.search(filter, 0, SHOWN).stream().map(w -> WorkshopRow.of(w, locale)).toList();
  }

  public String search() {
    return "/workshops/index?faces-redirect=true&from="
        + encode(from)
        + "&to="
        + encode(to)
        + "&city="
        + encode(city)
        + "&moduleCode="
        + encode(moduleCode);
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      PageMessages.error("workshop.date.invalid");
      return null;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  public List<WorkshopRow> getRows() {
    return rows;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public void setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
  }
}
