package org.capacita.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.capacita.shared.domain.BaseEntity;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.security.Role;

/** Someone who signs in: a username, a password hash, roles and a preferred language. */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.findByUsername",
    query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.findByEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(
    name = "Account.countActiveByRole",
    query =
        "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role"
            + " AND a.status = org.capacita.accounts.domain.AccountStatus.ACTIVE")
@NamedQuery(
    name = "Account.findActiveByRole",
    query =
        "SELECT a FROM Account a JOIN a.roles r WHERE r = :role"
            + " AND a.status = org.capacita.accounts.domain.AccountStatus.ACTIVE ORDER BY a.username")
@NamedQuery(name = "Account.findAll", query = "SELECT a FROM Account a ORDER BY a.username")
@NamedQuery(name = "Account.countAll", query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(
    name = "Account.recordSignIn",
    query = "UPDATE Account a SET a.lastSignInAt = :at WHERE a.id = :id")
public class Account extends BaseEntity {

  @Column(nullable = false, unique = true, length = 60)
  private String username;

  @Column(length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AccountStatus status;

  @Column(name = "language", nullable = false, length = 8)
  private String language;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Column(name = "sign_up_profile", length = 2000)
  private String signUpProfile;

  protected Account() {}

  public Account(
      String username,
      String email,
      String passwordHash,
      Set<Role> roles,
      Locale locale,
      AccountStatus status,
      Instant createdAt) {
    this.username = normalizeUsername(username);
    this.email = normalizeEmail(email);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.status = Objects.requireNonNull(status);
    this.language = Messages.supported(locale).getLanguage();
    this.createdAt = Objects.requireNonNull(createdAt);
    assignRoles(roles);
  }

  public static String normalizeUsername(String username) {
    return Objects.requireNonNull(username).strip().toLowerCase(Locale.ROOT);
  }

  public static String normalizeEmail(String email) {
    return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /** Replaces the roles; an account always keeps at least one. */
  public void assignRoles(Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw BusinessRuleException.onField("roles", "account.roles.required");
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  /** Keeps what a registering learner said about themself until their address is confirmed. */
  public void keepSignUpProfile(String profile) {
    this.signUpProfile = profile;
  }

  /** The kept sign-up profile, once: it is forgotten as it is taken. */
  public Optional<String> takeSignUpProfile() {
    Optional<String> profile = Optional.ofNullable(signUpProfile);
    signUpProfile = null;
    return profile;
  }

  public void confirmEmail() {
    if (status == AccountStatus.PENDING) {
      status = AccountStatus.ACTIVE;
    }
  }

  public void disable() {
    status = AccountStatus.DISABLED;
  }

  public void enable() {
    status = AccountStatus.ACTIVE;
  }

  public void changePassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
  }

  public void preferLanguage(Locale locale) {
    this.language = Messages.supported(locale).getLanguage();
  }

  public boolean canSignIn() {
    return status == AccountStatus.ACTIVE;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(language);
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }
}
