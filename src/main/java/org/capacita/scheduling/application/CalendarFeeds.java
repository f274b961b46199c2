package org.capacita.scheduling.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.capacita.scheduling.domain.CalendarFeed;
import org.capacita.shared.security.AccountDirectory;
import org.capacita.shared.security.AccountSummary;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;
import org.capacita.shared.security.SecretToken;

/**
 * Trainers' secret calendar addresses: a trainer creates or replaces their own; the feed servlet
 * turns a token back into the account it belongs to.
 */
@Stateless
public class CalendarFeeds {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller callers;
  @Inject private AccountDirectory accounts;

  /** The caller's feed, if they made one. */
  @RolesAllowed(Role.TRAINER_NAME)
  public Optional<CalendarFeed> mine() {
    return byAccount(callers.get().accountId());
  }

  /** A new token for the caller's feed (the previous one stops working); shown only now. */
  @RolesAllowed(Role.TRAINER_NAME)
  public String renew() {
    long accountId = callers.get().accountId();
    SecretToken token = SecretToken.generate();
    Instant now = Instant.now();
    byAccount(accountId)
        .ifPresentOrElse(
            feed -> feed.replace(token, now),
            () -> em.persist(new CalendarFeed(accountId, token, now)));
    return token.value();
  }

  /** The active trainer whose feed the token opens. */
  @PermitAll
  public Optional<AccountSummary> ownerOf(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery("CalendarFeed.findByHash", CalendarFeed.class)
        .setParameter("hash", SecretToken.hashOf(token))
        .getResultStream()
        .findFirst()
        .flatMap(feed -> accounts.find(feed.getAccountId()))
        .filter(AccountSummary::active)
        .filter(account -> account.hasRole(Role.TRAINER));
  }

  private Optional<CalendarFeed> byAccount(long accountId) {
    return em.createNamedQuery("CalendarFeed.findByAccount", CalendarFeed.class)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst();
  }
}
