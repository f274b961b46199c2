package org.capacita.accounts.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.capacita.accounts.application.AccountAdministration;
import org.capacita.accounts.application.ValidRoles;
import org.capacita.accounts.domain.Account;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.security.Role;
import org.capacita.shared.web.PageMessages;

/** {@code admin/account.xhtml?id=}: one account's roles, and disabling or enabling it. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountAdministration administration;

  private Long id;
  private AccountRow account;

  @ValidRoles private Role[] roles = new Role[0];

  public void load() {
    Account found = administration.find(id == null ? -1 : id);
    account = AccountRow.of(found);
    roles = found.getRoles().toArray(Role[]::new);
  }

  public String saveRoles() {
    return act(() -> administration.changeRoles(id, Set.of(roles)), "admin.account.rolesSaved");
  }

  public String disable() {
    return act(() -> administration.disable(id), "admin.account.disabled");
  }

  public String enable() {
    return act(() -> administration.enable(id), "admin.account.enabled");
  }

  private String act(Runnable action, String doneKey) {
    try {
      action.run();
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info(doneKey);
    return "/admin/account?faces-redirect=true&id=" + id;
  }

  public Role[] getAllRoles() {
    return EnumSet.allOf(Role.class).toArray(Role[]::new);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AccountRow getAccount() {
    return account;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }
}
