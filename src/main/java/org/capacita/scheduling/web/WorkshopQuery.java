package org.capacita.scheduling.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.capacita.scheduling.application.WorkshopFilter;
import org.capacita.scheduling.application.WorkshopFinder;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.web.PageMessages;

/**
 * The filters of the workshop list and calendar as their address carries them ({@code
 * ?from=&to=&city=&country=&module=&trainer=&status=}); {@code trainer=mine} means the caller.
 */
public class WorkshopQuery implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The trainer value meaning "the signed-in account". */
  public static final String MINE = "mine";

  private String from;
  private String to;
  private String city;
  private String country;
  private String module;
  private String trainer;
  private String status;

  /** The filter these values give; a malformed value becomes a page message and matches nothing. */
  public WorkshopFilter filter(WorkshopFinder finder) {
    boolean mine = MINE.equals(trainer);
    try {
      WorkshopFilter filter =
          WorkshopFilter.parse(
              new WorkshopFilter.Texts(
                  from, to, city, country, module, mine ? null : trainer, status));
      return mine ? filter.trainedBy(finder.callerAccountId()) : filter;
    } catch (InvalidInputException e) {
      PageMessages.error(e);
      return null;
    }
  }

  /** The values as a query string, empty ones left out. */
  public String queryString() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("from", from);
    values.put("to", to);
    values.put("city", city);
    values.put("country", country);
    values.put("module", module);
    values.put("trainer", trainer);
    values.put("status", status);
    return values.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
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

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public String getTrainer() {
    return trainer;
  }

  public void setTrainer(String trainer) {
    this.trainer = trainer;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
