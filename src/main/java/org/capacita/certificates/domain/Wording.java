package org.capacita.certificates.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The words of a certificate template in both languages: a title and a body each, the body with
 * placeholders from {@link Placeholders}; and its design: the languages it prints (Spanish and
 * English on one page, or one of them; none: the configured ones) and a logo or none. Its version
 * is the SHA-256 of all that, stored with each certificate issued from it.
 */
public record Wording(
    String titleEn,
    String titleEs,
    String bodyEn,
    String bodyEs,
    List<Locale> languages,
    Logo logo) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 2000;
  private static final List<String> PRINTABLE = List.of("es", "en");

  public Wording {
    titleEn = required(titleEn, MAX_TITLE);
    titleEs = required(titleEs, MAX_TITLE);
    bodyEn = required(bodyEn, MAX_BODY);
    bodyEs = required(bodyEs, MAX_BODY);
    languages = List.copyOf(languages);
    if (languages.size() > 2
        || languages.stream().map(Locale::getLanguage).distinct().count() != languages.size()
        || !languages.stream().map(Locale::getLanguage).allMatch(PRINTABLE::contains)) {
      throw new IllegalArgumentException("A template prints Spanish, English or both");
    }
  }

  /** The words alone, in the configured languages and without a logo. */
  public Wording(String titleEn, String titleEs, String bodyEn, String bodyEs) {
    this(titleEn, titleEs, bodyEn, bodyEs, List.of(), null);
  }

  /** The same words in another design. */
  public Wording designed(List<Locale> printed, Logo newLogo) {
    return new Wording(titleEn, titleEs, bodyEn, bodyEs, printed, newLogo);
  }

  public String title(boolean spanish) {
    return spanish ? titleEs : titleEn;
  }

  public String body(boolean spanish) {
    return spanish ? bodyEs : bodyEn;
  }

  /** The languages this template prints, when it chooses them. */
  public Optional<List<Locale>> printedLanguages() {
    return languages.isEmpty() ? Optional.empty() : Optional.of(languages);
  }

  /**
   * SHA-256 (hex) of the four texts, each preceded by its length, then of the languages and logo
   * when the template sets them (so the words alone keep the version they always had).
   */
  public String version() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String text : new String[] {titleEn, titleEs, bodyEn, bodyEs}) {
        digest(digest, text.getBytes(StandardCharsets.UTF_8));
      }
      if (!languages.isEmpty()) {
        digest(digest, languages.toString().getBytes(StandardCharsets.UTF_8));
      }
      if (logo != null) {
        digest(digest, logo.fingerprint());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void digest(MessageDigest digest, byte[] bytes) {
    digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    digest.update(bytes);
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
