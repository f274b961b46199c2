package org.capacita.certificates.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.capacita.completion.domain.Completion;

/**
 * What a certificate prints and its verification shows, all taken from the completion's own copy of
 * the facts (holder name as registered then, module titles and hours, dates, venue city), plus the
 * issuing organisation and the languages of the document.
 */
public record CertificateFacts(
    String holder,
    String moduleCode,
    String titleEn,
    String titleEs,
    BigDecimal hours,
    LocalDate firstDay,
    LocalDate lastDay,
    String venueCity,
    String issuer,
    List<Locale> languages) {

  public CertificateFacts {
    if (holder == null || holder.isBlank()) {
      throw new IllegalArgumentException("A certificate names its holder");
    }
    Objects.requireNonNull(moduleCode);
    Objects.requireNonNull(hours);
    Objects.requireNonNull(firstDay);
    Objects.requireNonNull(lastDay);
    Objects.requireNonNull(issuer);
    languages = List.copyOf(languages);
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("A certificate is written in at least one language");
    }
  }

  /** The facts of a completion, as it copied them when it was recorded. */
  public static CertificateFacts of(Completion completion, String issuer, List<Locale> languages) {
    String holder =
        completion.getParticipant() == null ? null : completion.getParticipant().getHolderName();
    return new CertificateFacts(
        holder,
        completion.getModuleCode(),
        completion.getTitleEn(),
        completion.getTitleEs(),
        completion.getHours(),
        completion.getDelivery().getFirstDay(),
        completion.getDelivery().getLastDay(),
        completion.getDelivery().getVenueCity(),
        issuer,
        languages);
  }

  /** The same facts under a corrected name (a re-issue). */
  public CertificateFacts renamed(String correctedHolder) {
    return new CertificateFacts(
        correctedHolder,
        moduleCode,
        titleEn,
        titleEs,
        hours,
        firstDay,
        lastDay,
        venueCity,
        issuer,
        languages);
  }

  /** The module's title in {@code locale}'s language, else the other one. */
  public String title(Locale locale) {
    String title = "es".equals(locale.getLanguage()) ? titleEs : titleEn;
    return title != null ? title : (titleEn != null ? titleEn : titleEs);
  }
}
