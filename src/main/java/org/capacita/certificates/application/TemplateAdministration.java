package org.capacita.certificates.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.capacita.catalog.application.Modules;
import org.capacita.certificates.domain.CertificateTemplate;
import org.capacita.certificates.domain.Wording;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.Role;

/**
 * Admins word a module's certificates (title and body in both languages, placeholders from the
 * allow-list only); certificates issued before keep their PDF as it was.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TemplateAdministration {

  private static final Logger LOG = Logger.getLogger(TemplateAdministration.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Templates templates;
  @Inject private Modules modules;

  public Wording wordingOf(String moduleCode) {
    known(moduleCode);
    return templates.of(moduleCode);
  }

  public Wording reword(
      String moduleCode, String titleEn, String titleEs, String bodyEn, String bodyEs) {
    known(moduleCode);
    Wording wording;
    try {
      wording = new Wording(titleEn, titleEs, bodyEn, bodyEs);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(null, "certificates.template.invalid");
    }
    Instant now = Instant.now();
    templates
        .find(moduleCode)
        .ifPresentOrElse(
            t -> t.reword(wording, now),
            () -> em.persist(new CertificateTemplate(moduleCode, wording, now)));
    LOG.info(() -> "Certificate template of " + moduleCode + " changed: " + wording.version());
    return wording;
  }

  private void known(String moduleCode) {
    modules.findByCode(moduleCode).orElseThrow(NotFoundException::new);
  }
}
