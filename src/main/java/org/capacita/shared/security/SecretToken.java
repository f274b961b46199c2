package org.capacita.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random secret handed to a user (API token, e-mail link). Only its SHA-256 is stored, so a copy
 * of the database does not let anyone act as the user.
 */
public record SecretToken(String value, String hash) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static SecretToken generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new SecretToken(value, hashOf(value));
  }

  public static String hashOf(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "SecretToken[hash=" + hash + "]";
  }
}
