package org.capacita.attendance.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes of one session, derived from its secret as TOTP derives its one-time passwords (RFC
 * 6238, over HMAC-SHA-256): the code of a time step is the HMAC of the step's number, dynamically
 * truncated (RFC 4226) and written as six characters of an alphabet without look-alikes (no 0/O,
 * 1/I/L, 2/Z, 5/S, 8/B). A code is accepted during its step and the one after it. The sign-in
 * sheet's per-person codes are the HMAC of the person's id: stable for the session, and no use for
 * guessing another session's.
 */
public final class CheckInCode {

  /** The characters of a code: easy to read aloud, to type and to tell apart on a projector. */
  public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

  public static final int LENGTH = 6;

  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] secret;

  public CheckInCode(byte[] secret) {
    this.secret = secret.clone();
  }

  /** The number of the time step an instant falls in (seconds since the epoch over the step). */
  public static long stepOf(Instant at, Duration step) {
    return Math.floorDiv(at.getEpochSecond(), step.getSeconds());
  }

  /** When a step ends, and the next code is shown. */
  public static Instant endOf(long stepNumber, Duration step) {
    return Instant.ofEpochSecond((stepNumber + 1) * step.getSeconds());
  }

  /** The code shown during a time step. */
  public String atStep(long stepNumber) {
    return written(
        truncated(secret, ByteBuffer.allocate(8).putLong(stepNumber).array(), ALGORITHM));
  }

  /** Whether a typed code is that of step {@code current} or of the step before. */
  public boolean accepts(String typed, long current) {
    String code = normalized(typed);
    return same(code, atStep(current)) || same(code, atStep(current - 1));
  }

  /** The code printed beside a person's name on the session's sign-in sheet. */
  public String ofPerson(long personId) {
    return written(
        truncated(secret, ("person:" + personId).getBytes(StandardCharsets.US_ASCII), ALGORITHM));
  }

  /** A code as typed, made comparable: upper case, without spaces or dashes. */
  public static String normalized(String typed) {
    return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
  }

  /** Whether text can be a code at all: six characters of the alphabet. */
  public static boolean isWellFormed(String typed) {
    String code = normalized(typed);
    return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  /** A 31-bit number as six characters of the alphabet (slightly biased; 25^6 is 244 million). */
  static String written(int value) {
    char[] code = new char[LENGTH];
    int rest = value;
    for (int i = LENGTH - 1; i >= 0; i--) {
      code[i] = ALPHABET.charAt(rest % ALPHABET.length());
      rest /= ALPHABET.length();
    }
    return new String(code);
  }

  /** RFC 4226's dynamic truncation of the HMAC of {@code message}: a 31-bit number. */
  static int truncated(byte[] key, byte[] message, String algorithm) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      byte[] hash = mac.doFinal(message);
      int offset = hash[hash.length - 1] & 0x0f;
      return ((hash[offset] & 0x7f) << 24)
          | ((hash[offset + 1] & 0xff) << 16)
          | ((hash[offset + 2] & 0xff) << 8)
          | (hash[offset + 3] & 0xff);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}
