package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.capacita.shared.i18n.Messages;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The certificates' configuration: the issuing organisation printed on them, their languages (one,
 * or Spanish and English on one page), the signing keystore (PKCS#12, path and password), the
 * validity in months of a module's certificates (none: they do not expire) and how many
 * verifications one address may make a minute.
 */
@ApplicationScoped
public class CertificateSettings {

  @Inject
  @ConfigProperty(name = "capacita.certificates.issuer", defaultValue = "Capacita")
  String issuer;

  @Inject
  @ConfigProperty(name = "capacita.certificates.languages", defaultValue = "es,en")
  String languages;

  @Inject
  @ConfigProperty(name = "capacita.certificates.keystore")
  Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "capacita.certificates.keystore-password")
  Optional<String> keystorePassword;

  @Inject
  @ConfigProperty(name = "capacita.data-dir", defaultValue = "data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "capacita.certificates.verifications-per-minute", defaultValue = "60")
  int verificationsPerMinute;

  @Inject
  @ConfigProperty(name = "capacita.time-zone", defaultValue = "UTC")
  String zone;

  @Inject
  @ConfigProperty(name = "capacita.public-url")
  Optional<String> publicUrl;

  @Inject Config config;

  /** The zone of the office: the day a certificate is issued on. */
  public ZoneId zone() {
    return ZoneId.of(zone);
  }

  /** The configured public address, without a trailing slash. */
  public Optional<String> publicUrl() {
    return publicUrl.filter(u -> !u.isBlank()).map(u -> u.strip().replaceAll("/+$", ""));
  }

  public String issuer() {
    return issuer.strip();
  }

  /** The languages of new certificates, in print order; only supported ones, Spanish first. */
  public List<Locale> languages() {
    List<Locale> chosen =
        Arrays.stream(languages.split(","))
            .map(String::strip)
            .filter(Messages::isSupported)
            .distinct()
            .map(Locale::forLanguageTag)
            .toList();
    return chosen.isEmpty() ? List.of(Messages.SPANISH, Messages.ENGLISH) : chosen;
  }

  public Optional<Path> keystore() {
    return keystore.filter(k -> !k.isBlank()).map(Path::of);
  }

  public char[] keystorePassword() {
    return keystorePassword.orElse("").toCharArray();
  }

  /** Where the self-made signing key is kept when no keystore is configured. */
  public Path ownKeyDirectory() {
    return Path.of(dataDir, "certificates");
  }

  /**
   * Months a module's certificates stay valid after its last day ({@code
   * capacita.certificates.validity-months.<CODE>}, e.g. {@code
   * CAPACITA_CERTIFICATES_VALIDITY_MONTHS_FIRST_AID=24}); empty: for ever.
   */
  public Optional<Integer> validityMonths(String moduleCode) {
    return config
        .getOptionalValue("capacita.certificates.validity-months." + moduleCode, Integer.class)
        .filter(months -> months > 0);
  }

  public int verificationsPerMinute() {
    return Math.max(1, verificationsPerMinute);
  }
}
