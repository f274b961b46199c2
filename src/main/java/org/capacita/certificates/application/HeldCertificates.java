package org.capacita.certificates.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.capacita.certificates.domain.Certificate;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * Certificates as their readers reach them: the holder, the leads and the trainers of the
 * certificate's workshop; for anybody else a code is "not found", as an unknown one is. The PDF is
 * the one stored at issue, byte for byte.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class HeldCertificates {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller callers;
  @Inject private Workshops workshops;
  @Inject private CertificateLookup lookup;

  /** The certificate with {@code code}, if the caller may read it. */
  public Certificate get(String code) {
    Actor actor = Actor.of(callers.get());
    Certificate certificate = lookup.byCode(code).orElseThrow(NotFoundException::new);
    if (!mayRead(actor, certificate)) {
      throw new NotFoundException();
    }
    return certificate;
  }

  /** The PDF issued with the certificate, if the caller may read it. */
  public byte[] pdf(String code) {
    Certificate certificate = get(code);
    return lookup.pdfOf(certificate);
  }

  /** The caller's own certificates, newest first (none for an account without a person). */
  public List<Certificate> mine() {
    Long person = callers.get().personId();
    if (person == null) {
      return List.of();
    }
    return em.createNamedQuery("Certificate.findByPerson", Certificate.class)
        .setParameter("personId", person)
        .getResultList();
  }

  private boolean mayRead(Actor actor, Certificate certificate) {
    if (actor.lead() || actor.isPerson(certificate.getPersonId())) {
      return true;
    }
    return actor.trainer()
        && certificate.getWorkshopId() != null
        && workshops.find(certificate.getWorkshopId()).filter(actor::manages).isPresent();
  }
}
