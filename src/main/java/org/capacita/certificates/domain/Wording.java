package org.capacita.certificates.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The words of a certificate template in both languages: a title and a body each, the body with
 * placeholders from {@link Placeholders}. Its version is the SHA-256 of the words, stored with each
 * certificate issued from it.
 */
public record Wording(String titleEn, String titleEs, String bodyEn, String bodyEs) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 2000;

  public Wording {
    titleEn = required(titleEn, MAX_TITLE);
    titleEs = required(titleEs, MAX_TITLE);
    bodyEn = required(bodyEn, MAX_BODY);
    bodyEs = required(bodyEs, MAX_BODY);
  }

  public String title(boolean spanish) {
    return spanish ? titleEs : titleEn;
  }

  public String body(boolean spanish) {
    return spanish ? bodyEs : bodyEn;
  }

  /** SHA-256 (hex) of the four texts, each preceded by its length. */
  public String version() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String text : new String[] {titleEn, titleEs, bodyEn, bodyEs}) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String required(String text, int max) {
    Objects.requireNonNull(text);
    String stripped = text.strip();
    if (stripped.isEmpty() || stripped.length() > max) {
      throw new IllegalArgumentException("A template text holds 1 to " + max + " characters");
    }
    return stripped;
  }
}
