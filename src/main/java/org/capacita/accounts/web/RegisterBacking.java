package org.capacita.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacita.accounts.application.Registration;
import org.capacita.accounts.application.SignUp;
import org.capacita.accounts.application.ValidEmail;
import org.capacita.accounts.application.ValidPassword;
import org.capacita.accounts.application.ValidUsername;
import org.capacita.people.web.PersonForm;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;
import org.capacita.shared.web.SiteAddress;

/**
 * {@code register.xhtml}: a learner opens an account, says who they are and where they work, and is
 * sent a confirmation link.
 */
@Named
@RequestScoped
public class RegisterBacking {

  @Inject private Registration registration;
  @Inject private LocaleSelector localeSelector;
  @Inject private SiteAddress site;

  private final Form form = new Form();
  private final PersonForm person = new PersonForm();

  public String register() {
    try {
      registration.register(
          new SignUp(form.username, form.email, form.password, localeSelector.getLanguage()),
          person.toInput(),
          site.ofPage());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("register.done");
    return "/login?faces-redirect=true";
  }

  public Form getForm() {
    return form;
  }

  /** Who the learner is and where they work: their person in the registry once confirmed. */
  public PersonForm getPerson() {
    return person;
  }

  /** The fields of the form, checked by the same rules as the service. */
  public static class Form {
    @ValidUsername private String username;
    @ValidEmail private String email;
    @ValidPassword private String password;

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }
}
