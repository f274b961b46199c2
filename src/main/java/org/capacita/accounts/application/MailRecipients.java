package org.capacita.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.capacita.accounts.domain.Account;
import org.capacita.people.domain.Person;
import org.capacita.shared.i18n.CountryLanguages;

/**
 * Where and in which language to write to a person of the registry: to the person's address or else
 * their account's, in the account's language or else the language of the country they were trained
 * in. Nobody without an address is written to.
 */
@ApplicationScoped
public class MailRecipients {

  @Inject private AccountRepository accounts;

  /** The person's address and language; empty when neither the person nor the account has one. */
  public Optional<Recipient> of(Person person, String countryCode) {
    Optional<Account> account = Optional.ofNullable(person.getAccountId()).flatMap(accounts::find);
    String address =
        person.getEmail() != null ? person.getEmail() : account.map(Account::getEmail).orElse(null);
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new Recipient(
            address, language(account.map(Account::getLocale).orElse(null), countryCode)));
  }

  /**
   * The language to write in: the account's, which its holder chose; for a registry person without
   * an account (most officials a trainer enrols), the language of the workshop's country, which is
   * the one they were trained in.
   */
  public static Locale language(Locale accountLanguage, String countryCode) {
    return accountLanguage != null ? accountLanguage : CountryLanguages.of(countryCode);
  }

  /** An address to write to, and the language to write in. */
  public record Recipient(String address, Locale locale) {}
}
