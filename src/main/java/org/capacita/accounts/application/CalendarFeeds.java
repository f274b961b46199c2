package org.capacita.accounts.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.CalendarFeed;
import org.capacita.accounts.domain.Role;
import org.capacita.accounts.domain.SecretToken;
import org.capacita.shared.domain.NotFoundException;

/**
 * Trainers' secret calendar addresses: a trainer creates or replaces their own; the feed servlet
 * turns a token back into the account it belongs to.
 */
@Stateless
public class CalendarFeeds {

  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;

  /** The caller's feed, if they made one. */
  @RolesAllowed(Role.TRAINER_NAME)
  public Optional<CalendarFeed> mine() {
    return byAccount(me().getId());
  }

  /** A new token for the caller's feed (the previous one stops working); shown only now. */
  @RolesAllowed(Role.TRAINER_NAME)
  public String renew() {
    long accountId = me().getId();
    SecretToken token = SecretToken.generate();
    Instant now = Instant.now();
    byAccount(accountId)
        .ifPresentOrElse(
            feed -> feed.replace(token, now),
            () -> em.persist(new CalendarFeed(accountId, token, now)));
    return token.value();
  }

  /** The active account whose feed the token opens. */
  @PermitAll
  public Optional<Account> ownerOf(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery("CalendarFeed.findByHash", CalendarFeed.class)
        .setParameter("hash", SecretToken.hashOf(token))
        .getResultStream()
        .findFirst()
        .flatMap(feed -> accounts.find(feed.getAccountId()))
        .filter(Account::canSignIn)
        .filter(account -> account.hasRole(Role.TRAINER));
  }

  private Optional<CalendarFeed> byAccount(long accountId) {
    return em.createNamedQuery("CalendarFeed.findByAccount", CalendarFeed.class)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst();
  }

  private Account me() {
    return accounts
        .findByUsername(context.getCallerPrincipal().getName())
        .orElseThrow(NotFoundException::new);
  }
}
