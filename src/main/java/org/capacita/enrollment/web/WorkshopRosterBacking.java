package org.capacita.enrollment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.capacita.enrollment.application.WorkshopEnrolments;
import org.capacita.people.application.People;
import org.capacita.scheduling.web.WorkshopFactsBacking;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.UserText;
import org.capacita.shared.web.PageMessages;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The roster of {@code workshops/workshop.xhtml}, for those who manage the workshop: everyone who
 * ever enrolled, searchable, a page at a time (every page reachable); cancelling someone is
 * confirmed first (see {@link Confirmation}) and says who took the seat from the waitlist.
 */
@Named
@ViewScoped
public class WorkshopRosterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkshopFactsBacking page;
  @Inject private WorkshopEnrolments enrolments;
  @Inject private People people;

  private final LazyDataModel<RosterRow> roster = new Rows();
  private RosterRow confirming;
  private String query;

  /** Cancels once confirmed; unconfirmed (no JavaScript), shows the question first. */
  public String cancel(RosterRow row) {
    if (!Confirmation.given()) {
      confirming = row;
      return null;
    }
    return cancelled(row);
  }

  public String cancelConfirmed() {
    return confirming == null ? null : cancelled(confirming);
  }

  private String cancelled(RosterRow row) {
    List<Long> promoted;
    try {
      promoted = enrolments.cancel(page.getId(), row.personId());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("workshop.roster.cancelled", row.name());
    people.names(promoted).values().forEach(n -> PageMessages.info("workshop.roster.promoted", n));
    return page.page();
  }

  /** What the dialog asks before cancelling the enrolment of {@code row}. */
  public String question(RosterRow row) {
    return Messages.get(
        Faces.getLocale(), "workshop.roster.cancelQuestion", UserText.isolate(row.name()));
  }

  /** The roster search: every word in a name, e-mail, ID or institution. */
  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public LazyDataModel<RosterRow> getRoster() {
    return roster;
  }

  /** The line whose cancellation waits for a yes, when the page asks without JavaScript. */
  public RosterRow getConfirming() {
    return confirming;
  }

  private final class Rows extends LazyDataModel<RosterRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return Math.toIntExact(enrolments.rosterSize(page.getId(), query));
    }

    @Override
    public List<RosterRow> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      return enrolments.roster(page.getId(), query, first, size).stream()
          .map(
              r ->
                  new RosterRow(
                      r.participant().enrolment().getPersonId(),
                      r.participant().name(),
                      r.participant().enrolment().getStatus().name(),
                      r.position()))
          .toList();
    }

    @Override
    public String getRowKey(RosterRow row) {
      return Long.toString(row.personId());
    }

    @Override
    public RosterRow getRowData(String rowKey) {
      return null;
    }
  }
}
