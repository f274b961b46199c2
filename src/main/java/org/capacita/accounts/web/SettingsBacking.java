package org.capacita.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Locale;
import org.capacita.accounts.application.CalendarFeeds;
import org.capacita.accounts.application.MyAccount;
import org.capacita.accounts.application.ValidPassword;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.CalendarFeed;
import org.capacita.accounts.domain.Role;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code account/settings.xhtml}: one's own language and password; a trainer's calendar feed
 * address (shown once, when made; making a new one revokes the old).
 */
@Named
@RequestScoped
public class SettingsBacking {

  @Inject private MyAccount myAccount;
  @Inject private LocaleSelector localeSelector;
  @Inject private CalendarFeeds feeds;
  @Inject private SiteUrl site;

  private String language;
  private String currentPassword;
  @ValidPassword private String newPassword;
  private boolean trainer;
  private Instant feedSince;
  private String feedUrl;

  @PostConstruct
  void load() {
    Account account = myAccount.current();
    language = account.getLocale().getLanguage();
    trainer = account.hasRole(Role.TRAINER);
    if (trainer) {
      feedSince = feeds.mine().map(CalendarFeed::getCreatedAt).orElse(null);
    }
  }

  /** Shows the new address on this response only: it is not stored and cannot be shown again. */
  public String renewFeed() {
    feedUrl = site.get() + "/calendar/trainers/" + feeds.renew() + ".ics";
    feedSince = Instant.now();
    PageMessages.info("settings.calendar.renewed");
    return null;
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

  public boolean isTrainer() {
    return trainer;
  }

  public Instant getFeedSince() {
    return feedSince;
  }

  public String getFeedUrl() {
    return feedUrl;
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
