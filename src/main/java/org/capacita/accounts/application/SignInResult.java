package org.capacita.accounts.application;

import java.time.Duration;
import java.util.Optional;

/** The outcome of checking a username and password. */
public record SignInResult(Outcome outcome, SignedInCaller caller, Duration retryAfter) {

  /** What happened, as far as the user may be told. */
  public enum Outcome {
    SIGNED_IN,
    INVALID_CREDENTIALS,
    NOT_CONFIRMED,
    THROTTLED
  }

  static SignInResult signedIn(SignedInCaller caller) {
    return new SignInResult(Outcome.SIGNED_IN, caller, null);
  }

  static SignInResult failed(Outcome outcome) {
    return new SignInResult(outcome, null, null);
  }

  static SignInResult throttled(Duration retryAfter) {
    return new SignInResult(Outcome.THROTTLED, null, retryAfter);
  }

  public boolean isSignedIn() {
    return outcome == Outcome.SIGNED_IN;
  }

  public Optional<SignedInCaller> signedInCaller() {
    return Optional.ofNullable(caller);
  }

  /** Whole seconds to wait, at least one. */
  public long retryAfterSeconds() {
    return retryAfter == null ? 0 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
