package org.capacita.accounts.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Set;
import org.capacita.accounts.application.AccountAdministration;
import org.capacita.accounts.application.NewAccount;
import org.capacita.accounts.application.ValidEmail;
import org.capacita.accounts.application.ValidPassword;
import org.capacita.accounts.application.ValidRoles;
import org.capacita.accounts.application.ValidUsername;
import org.capacita.accounts.domain.Account;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.security.Role;
import org.capacita.shared.web.PageMessages;

/** {@code admin/account-new.xhtml}: an administrator opens an account with its roles. */
@Named
@RequestScoped
public class NewAccountBacking {

  @Inject private AccountAdministration administration;

  @ValidUsername private String username;
  @ValidEmail private String email;
  @ValidPassword private String password;

  @ValidRoles private Role[] roles = new Role[0];

  private String language = "es";

  public String create() {
    Account account;
    try {
      account =
          administration.create(
              new NewAccount(username, password, email, Set.of(roles), null, language));
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("admin.accountNew.created", account.getUsername());
    return "/admin/account?faces-redirect=true&id=" + account.getId();
  }

  public Role[] getAllRoles() {
    return EnumSet.allOf(Role.class).toArray(Role[]::new);
  }

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

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
