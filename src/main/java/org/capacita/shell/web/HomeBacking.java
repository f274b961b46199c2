package org.capacita.shell.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacita.people.application.People;
import org.capacita.people.domain.Person;
import org.capacita.shared.security.CurrentCaller;

/**
 * {@code index.xhtml}: greets the signed-in person by their given names when the account has a
 * person in the registry (else by username); the page then links each role to what it can do now.
 */
@Named
@RequestScoped
public class HomeBacking {

  @Inject private CurrentCaller caller;
  @Inject private People people;

  private String name;

  @PostConstruct
  void load() {
    name =
        caller
            .find()
            .flatMap(found -> people.findByAccount(found.accountId()))
            .map(Person::getGivenNames)
            .filter(given -> !given.isBlank())
            .orElseGet(
                () -> FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
  }

  /** The name to greet the person by. */
  public String getName() {
    return name;
  }
}
