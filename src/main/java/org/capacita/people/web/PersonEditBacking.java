package org.capacita.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.capacita.people.application.PersonDirectory;
import org.capacita.people.application.Registry;
import org.capacita.people.domain.Person;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.PageMessages;

/** {@code people/edit.xhtml[?id=]}: registers a person, or corrects one. */
@Named
@ViewScoped
public class PersonEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Registry registry;
  @Inject private PersonDirectory directory;

  private Long id;
  private PersonForm form = new PersonForm();

  public void load() {
    if (id == null) {
      return;
    }
    form = PersonForm.of(directory.visible(id));
  }

  public String save() {
    Person saved;
    try {
      saved = id == null ? registry.register(form.toInput()) : registry.correct(id, form.toInput());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info(id == null ? "people.edit.created" : "people.edit.saved", saved.fullName());
    return "/people/person?faces-redirect=true&id=" + saved.getId();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PersonForm getForm() {
    return form;
  }
}
