package org.capacita.certificates.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.capacita.catalog.application.Modules;
import org.capacita.catalog.domain.Module;
import org.capacita.certificates.domain.CertificateFacts;
import org.capacita.certificates.domain.CertificateTemplate;
import org.capacita.certificates.domain.Logo;
import org.capacita.certificates.domain.Wording;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.security.Role;

/**
 * Admins word and design a module's certificates (title and body in both languages, placeholders
 * from the allow-list only; Spanish and English on one page or one of them; a logo), and see a
 * preview first; certificates issued before keep their PDF as it was.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TemplateAdministration {

  private static final Logger LOG = Logger.getLogger(TemplateAdministration.class.getName());
  private static final String SAMPLE_HOLDER = "Ştefan Ţărână-Müller Núñez";

  @PersistenceContext private EntityManager em;
  @Inject private Templates templates;
  @Inject private Modules modules;
  @Inject private CertificateSettings settings;

  public Wording wordingOf(String moduleCode) {
    known(moduleCode);
    return templates.of(moduleCode);
  }

  /** New words in the template's current design (the REST API's PUT). */
  public Wording reword(
      String moduleCode, String titleEn, String titleEs, String bodyEn, String bodyEs) {
    Wording current = wordingOf(moduleCode);
    return design(
        moduleCode,
        words(titleEn, titleEs, bodyEn, bodyEs).designed(current.languages(), current.logo()));
  }

  /** Stores the module's template. */
  public Wording design(String moduleCode, Wording wording) {
    known(moduleCode);
    Instant now = Instant.now();
    templates
        .find(moduleCode)
        .ifPresentOrElse(
            t -> t.reword(wording, now),
            () -> em.persist(new CertificateTemplate(moduleCode, wording, now)));
    LOG.info(() -> "Certificate template of " + moduleCode + " changed: " + wording.version());
    return wording;
  }

  /**
   * A certificate of the module as {@code wording} would print it, unsigned, for a sample holder
   * and today's date, numbered 0: what the admin looks at before saving.
   */
  public byte[] preview(String moduleCode, Wording wording) {
    Module module = modules.findByCode(moduleCode).orElseThrow(NotFoundException::new);
    LocalDate today = LocalDate.now(settings.zone());
    List<Locale> languages = wording.printedLanguages().orElseGet(settings::languages);
    CertificateFacts facts =
        new CertificateFacts(
            SAMPLE_HOLDER,
            moduleCode,
            module.title(Messages.ENGLISH),
            module.title(Messages.SPANISH),
            module.getHours(),
            today.minusDays(1),
            today,
            "Iquique",
            settings.issuer(),
            languages);
    String url = settings.publicUrl().orElse("https://capacita.example") + "/verify/PREVIEW";
    return CertificatePage.pdf(new Printing(facts, wording, 0, "PREVIEW", url, today, null));
  }

  /** The four texts as a template's words, or the translated reason they cannot be one. */
  public static Wording words(String titleEn, String titleEs, String bodyEn, String bodyEs) {
    try {
      return new Wording(titleEn, titleEs, bodyEn, bodyEs);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(null, "certificates.template.invalid");
    }
  }

  /** A logo from its bytes, or the translated reason it cannot be one. */
  public static Logo logo(String name, byte[] content) {
    if (content == null || content.length > Logo.MAX_BYTES) {
      throw new InvalidInputException("logo", "certificates.template.logoTooLarge", Logo.MAX_BYTES);
    }
    if (!Logo.isImage(content)) {
      throw new InvalidInputException("logo", "certificates.template.logoNotImage");
    }
    return new Logo(name == null || name.isBlank() ? "logo" : name, content);
  }

  private void known(String moduleCode) {
    modules.findByCode(moduleCode).orElseThrow(NotFoundException::new);
  }
}
