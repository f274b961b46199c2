package org.capacita.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.capacita.accounts.domain.ApiToken;
import org.capacita.shared.security.SecretToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues, checks and revokes the bearer tokens of the REST API. */
@Stateless
public class ApiTokens {

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;

  @Inject
  @ConfigProperty(name = "capacita.api.token-lifetime", defaultValue = "PT8H")
  private Duration lifetime;

  /** A new token for a caller whose password was just checked. */
  public IssuedToken issue(SignedInCaller caller) {
    SecretToken secret = SecretToken.generate();
    Instant now = Instant.now();
    ApiToken token =
        new ApiToken(
            accounts.find(caller.accountId()).orElseThrow(),
            secret.hash(),
            now,
            now.plus(lifetime));
    em.persist(token);
    return new IssuedToken(secret.value(), token.getExpiresAt());
  }

  /** The caller a token stands for, while it is unexpired, unrevoked and its account active. */
  public Optional<SignedInCaller> authenticate(String rawToken) {
    return findByValue(rawToken)
        .filter(token -> token.isUsableAt(Instant.now()))
        .map(token -> SignedInCaller.of(token.getAccount()));
  }

  public void revoke(String rawToken) {
    findByValue(rawToken).ifPresent(token -> token.revoke(Instant.now()));
  }

  private Optional<ApiToken> findByValue(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > 200) {
      return Optional.empty();
    }
    return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
        .setParameter("hash", SecretToken.hashOf(rawToken))
        .getResultStream()
        .findFirst();
  }

  /** A token as handed to the client: the only time its value is known. */
  public record IssuedToken(String token, Instant expiresAt) {}
}
