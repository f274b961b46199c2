package org.capacita.scheduling.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.capacita.scheduling.application.WorkshopFilter;
import org.capacita.scheduling.application.WorkshopFinder;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * {@code workshops/calendar.xhtml}: the sessions of the workshops the filters match, by month or
 * week, loaded for the days on screen only.
 */
@Named
@ViewScoped
public class WorkshopCalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Most workshops one screen of the calendar shows. */
  private static final int SHOWN = 500;

  @Inject private WorkshopFinder finder;

  private final WorkshopQuery query = new WorkshopQuery();
  private final ScheduleModel events = new Sessions();
  private WorkshopFilter filter;

  public void load() {
    filter = query.filter(finder);
  }

  public String search() {
    return "/workshops/calendar?faces-redirect=true&" + query.queryString();
  }

  /** The first day of the period, if any, else today. */
  public LocalDate getInitialDate() {
    return filter == null || filter.from() == null ? LocalDate.now() : filter.from();
  }

  public WorkshopQuery getQuery() {
    return query;
  }

  public ScheduleModel getEvents() {
    return events;
  }

  private final class Sessions extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      if (filter == null) {
        return;
      }
      LocalDate first = start.toLocalDate();
      LocalDate last = end.minusNanos(1).toLocalDate();
      FacesContext context = FacesContext.getCurrentInstance();
      WorkshopEvents made =
          new WorkshopEvents(
              context.getViewRoot().getLocale(),
              context.getExternalContext().getRequestContextPath());
      finder.search(filter.within(first, last), 0, SHOWN).stream()
          .flatMap(workshop -> made.of(workshop, first, last))
          .forEach(this::addEvent);
    }
  }
}
