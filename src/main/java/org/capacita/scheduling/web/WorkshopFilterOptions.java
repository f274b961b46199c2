package org.capacita.scheduling.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.capacita.catalog.application.Modules;
import org.capacita.scheduling.application.WorkshopFinder;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.shared.security.AccountSummary;
import org.capacita.shared.security.Role;

/**
 * The choices of the workshop filters: modules, trainers (every trainer for leads and admins; "my
 * workshops" for a trainer) and statuses.
 */
@Named
@RequestScoped
public class WorkshopFilterOptions {

  @Inject private Modules modules;
  @Inject private WorkshopFinder finder;

  private List<AccountSummary> trainers;

  /** Every module, code to "code · title" in the page's language. */
  public Map<String, String> getModules() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Map<String, String> titles = new TreeMap<>();
    modules.all().forEach(m -> titles.put(m.getCode(), m.getCode() + " · " + m.title(locale)));
    return titles;
  }

  /** Trainer accounts a lead or admin may narrow the list to; none for other roles. */
  public List<AccountSummary> getTrainers() {
    if (trainers == null) {
      trainers = isAllTrainers() ? finder.trainers() : List.of();
    }
    return trainers;
  }

  public boolean isAllTrainers() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.isUserInRole(Role.LEAD_NAME) || context.isUserInRole(Role.ADMIN_NAME);
  }

  public boolean isTrainer() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.TRAINER_NAME);
  }

  public String getMine() {
    return WorkshopQuery.MINE;
  }

  public List<String> getStatuses() {
    return Arrays.stream(WorkshopStatus.values()).map(Enum::name).toList();
  }
}
