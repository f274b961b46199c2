package org.capacita.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.capacita.accounts.application.MyAccount;
import org.capacita.accounts.application.ValidPassword;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code account/settings.xhtml}: one's own language and password (a trainer's calendar feed
 * address on the same page is {@code scheduling}'s {@code TrainerFeedBacking}).
 */
@Named
@RequestScoped
public class SettingsBacking {

  @Inject private MyAccount myAccount;
  @Inject private LocaleSelector localeSelector;

  private String language;
  private String currentPassword;
  @ValidPassword private String newPassword;

  @PostConstruct
  void load() {
    language = myAccount.current().getLocale().getLanguage();
  }

  public String saveLanguage() {
    Locale locale = Locale.forLanguageTag(language);
    myAccount.preferLanguage(locale);
    localeSelector.choose(locale);
    PageMessages.info("settings.language.saved");
    return "/account/settings?faces-redirect=true";
  }

  public String changePassword() {
    try {
      myAccount.changePassword(currentPassword, newPassword);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("settings.password.saved");
    return "/account/settings?faces-redirect=true";
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
