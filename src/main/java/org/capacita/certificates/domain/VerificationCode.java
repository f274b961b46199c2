package org.capacita.certificates.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verification codes: 20 characters of Crockford's base 32 (no I, L, O or U), 100 random bits from
 * a {@link SecureRandom}, so that no one guesses a code; codes typed in lower case are read the
 * same.
 */
public final class VerificationCode {

  static final int LENGTH = 20;
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final Pattern VALID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCode() {}

  /** A new random code. */
  public static String random() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  /** The code in its stored form, or empty when {@code text} cannot be one. */
  public static Optional<String> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    return VALID.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }

  static String requireValid(String code) {
    if (code == null || !VALID.matcher(code).matches()) {
      throw new IllegalArgumentException("Not a verification code: " + code);
    }
    return code;
  }
}
