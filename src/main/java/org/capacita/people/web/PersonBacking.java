package org.capacita.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacita.people.application.PersonDirectory;
import org.capacita.shared.domain.NotFoundException;
import org.omnifaces.util.Faces;

/** {@code people/person.xhtml?id=}: one person's record. */
@Named
@RequestScoped
public class PersonBacking {

  @Inject private PersonDirectory directory;

  private Long id;
  private PersonRow person;

  public void load() {
    try {
      person = PersonRow.of(directory.visible(id == null ? -1 : id));
    } catch (NotFoundException e) {
      Faces.responseSendError(404, "");
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PersonRow getPerson() {
    return person;
  }
}
