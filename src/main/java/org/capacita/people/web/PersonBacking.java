package org.capacita.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacita.people.application.PersonDirectory;

/**
 * {@code people/person.xhtml?id=}: one person's record; an unknown one is a 404 (the error handling
 * answers the {@code NotFoundException}).
 */
@Named
@RequestScoped
public class PersonBacking {

  @Inject private PersonDirectory directory;

  private Long id;
  private PersonRow person;

  public void load() {
    person = PersonRow.of(directory.visible(id == null ? -1 : id));
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
