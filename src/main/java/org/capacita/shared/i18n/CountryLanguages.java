package org.capacita.shared.i18n;

import java.util.Locale;
import java.util.Set;

/**
 * The language to address someone in when all we know is the country they are in: a registry person
 * without an account, enrolled in a workshop there. Always one of {@link Messages#SUPPORTED}.
 */
public final class CountryLanguages {

  /** Where Spanish is the language of the state: Latin America's Spanish-speaking countries. */
  private static final Set<String> SPANISH =
      Set.of(
          "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GQ", "GT", "HN", "MX", "NI", "PA",
          "PE", "PR", "PY", "SV", "UY", "VE");

  /** Where Portuguese is: Brazil first, for a Latin American programme. */
  private static final Set<String> PORTUGUESE =
      Set.of("BR", "PT", "AO", "MZ", "CV", "GW", "ST", "TL");

  private static final Locale PORTUGUESE_LOCALE = Locale.forLanguageTag("pt");

  private CountryLanguages() {}

  /**
   * The supported language for the country with ISO 3166-1 alpha-2 {@code code}. There is no
   * Portuguese bundle yet, so Brazil and the other Portuguese-speaking countries get Spanish, which
   * their officials read far more readily than English (and in which the region's programmes run);
   * once {@code pt} is in {@link Messages#SUPPORTED} they get Portuguese with no change here.
   * Everywhere else (the English-, French- and Dutch-speaking Americas, an unknown code): English.
   */
  public static Locale of(String code) {
    Locale spoken = spoken(code);
    if (Messages.isSupported(spoken.getLanguage())) {
      return Messages.supported(spoken);
    }
    return spoken.equals(PORTUGUESE_LOCALE) ? Messages.SPANISH : Messages.ENGLISH;
  }

  /** The country's language, supported or not. */
  private static Locale spoken(String code) {
    String country = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (SPANISH.contains(country)) {
      return Messages.SPANISH;
    }
    return PORTUGUESE.contains(country) ? PORTUGUESE_LOCALE : Messages.ENGLISH;
  }
}
