package org.capacita.enrollment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.capacita.enrollment.application.EnrolmentResult;
import org.capacita.enrollment.application.WorkshopEnrolments;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.people.application.PersonDirectory;
import org.capacita.people.domain.Person;
import org.capacita.people.web.PersonRow;
import org.capacita.scheduling.web.WorkshopFactsBacking;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.ConflictException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.UserText;
import org.capacita.shared.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * "Enrol people from the registry" on {@code workshops/workshop.xhtml}: search, tick, search again
 * (ticks are kept across searches), then enrol everyone ticked and say who got a seat, who went to
 * the waitlist and who was already in. People already in the workshop are shown but not tickable.
 */
@Named
@ViewScoped
public class WorkshopAddPeopleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int RESULTS = 50;

  @Inject private WorkshopFactsBacking page;
  @Inject private WorkshopEnrolments enrolments;
  @Inject private PersonDirectory directory;

  private String query;
  private boolean searched;
  private List<Candidate> found = List.of();
  private final Map<Long, Candidate> picked = new LinkedHashMap<>();

  public void find() {
    keepTicks();
    List<Person> persons = directory.search(query == null ? "" : query, 0, RESULTS);
    Map<Long, EnrolmentResult> places =
        enrolments.among(page.getId(), persons.stream().map(Person::getId).toList());
    found = persons.stream().map(p -> candidate(PersonRow.of(p), places.get(p.getId()))).toList();
    searched = true;
  }

  private Candidate candidate(PersonRow person, EnrolmentResult place) {
    return place == null
        ? new Candidate(person, null, null, picked.containsKey(person.getId()))
        : new Candidate(person, place.enrolment().getStatus().name(), place.position(), false);
  }

  /** The ticks of the results shown, added to (or taken from) those of earlier searches. */
  private void keepTicks() {
    for (Candidate c : found) {
      if (c.isPicked() && c.isFree()) {
        picked.put(c.getId(), c);
      } else {
        picked.remove(c.getId());
      }
    }
  }

  public void unpick(long personId) {
    picked.remove(personId);
    found.stream().filter(c -> c.getId() == personId).forEach(c -> c.setPicked(false));
  }

  public String enrolSelected() {
    keepTicks();
    if (picked.isEmpty()) {
      PageMessages.warn("workshop.add.nonePicked");
      return null;
    }
    List<String> seated = new ArrayList<>();
    List<String> waiting = new ArrayList<>();
    List<String> already = new ArrayList<>();
    try {
      for (Candidate c : List.copyOf(picked.values())) {
        String name = c.getPerson().getName();
        try {
          EnrolmentResult result = enrolments.enrol(page.getId(), c.getId());
          if (result.enrolment().getStatus() == EnrolmentStatus.WAITLISTED) {
            waiting.add(EnrolmentSummary.waitlisted(name, result.position()));
          } else {
            seated.add(name);
          }
        } catch (ConflictException e) {
          already.add(name);
        }
        picked.remove(c.getId());
      }
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      if (seated.isEmpty() && waiting.isEmpty() && already.isEmpty()) {
        return null;
      }
    }
    EnrolmentSummary.tell(seated, waiting, already);
    return page.page();
  }

  public boolean isSearched() {
    return searched;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<Candidate> getFound() {
    return found;
  }

  /** Everyone ticked so far, in this search and earlier ones. */
  public List<Candidate> getPicked() {
    return List.copyOf(picked.values());
  }

  /** "Untick Ana Rojas", for screen readers: every such button is only "Untick" to the eye. */
  public String unpickLabel(Candidate candidate) {
    return Messages.get(
        Faces.getLocale(),
        "workshop.add.unpickPerson",
        UserText.isolate(candidate.getPerson().getName()));
  }
}
