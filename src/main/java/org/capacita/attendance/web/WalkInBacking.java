package org.capacita.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.capacita.attendance.application.RollCalls;
import org.capacita.attendance.application.WalkIns;
import org.capacita.people.application.DuplicatePersonException;
import org.capacita.people.application.PersonDirectory;
import org.capacita.people.application.Registry;
import org.capacita.people.web.PersonForm;
import org.capacita.people.web.PersonRow;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code attendance/walk-in.xhtml?workshop=&session=}: a participant who came without a place. The
 * trainer looks them up in the registry first (as the workshop page's "add people" does) and admits
 * the one found; someone not found is registered through the registry's duplicate check (the same
 * national ID is refused and the record it belongs to offered instead) and admitted.
 */
@Named
@ViewScoped
public class WalkInBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int RESULTS = 20;

  @Inject private RollCalls rollCalls;
  @Inject private WalkIns walkIns;
  @Inject private PersonDirectory directory;
  @Inject private Registry registry;
  @Inject private LocaleSelector localeSelector;

  private final RollCallAddress address = new RollCallAddress();
  private String title;
  private String query;
  private List<PersonRow> found = List.of();
  private final PersonForm form = new PersonForm();

  public void load() {
    title = rollCalls.managed(address.ref()).title(localeSelector.getLocale());
  }

  public void find() {
    found =
        directory.search(query == null ? "" : query, 0, RESULTS).stream()
            .map(PersonRow::of)
            .toList();
  }

  public String admit(long personId) {
    try {
      walkIns.admit(address.ref(), personId);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("attendance.walkIn.admitted");
    return "/attendance/roll-call?faces-redirect=true&workshop="
        + address.getWorkshop()
        + "&session="
        + address.getSession();
  }

  public String register() {
    try {
      return admit(registry.register(form.toInput()).getId());
    } catch (DuplicatePersonException e) {
      found = List.of(PersonRow.of(directory.visible(e.getDuplicateOf())));
      PageMessages.warn("attendance.walkIn.alreadyRegistered");
      return null;
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
  }

  public RollCallAddress getAddress() {
    return address;
  }

  public String getTitle() {
    return title;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<PersonRow> getFound() {
    return found;
  }

  public PersonForm getForm() {
    return form;
  }
}
