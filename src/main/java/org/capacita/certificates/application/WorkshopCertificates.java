package org.capacita.certificates.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.certificates.application.Issuing.Issued;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificateMail;
import org.capacita.completion.application.Completions;
import org.capacita.completion.domain.Completion;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * A workshop's certificates, for leads and the workshop's trainers (another trainer's workshop is
 * "not found"): issues one for each completion that has none, each in a transaction of its own
 * ({@link Issuing}), so a repeat, or a request running at the same moment, issues nothing twice.
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class WorkshopCertificates {

  private static final Logger LOG = Logger.getLogger(WorkshopCertificates.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller callers;
  @Inject private Workshops workshops;
  @Inject private Completions completions;
  @Inject private SingleIssue single;
  @Inject private CertificateOutbox outbox;

  /**
   * Issues the certificates the workshop's completions still lack; with {@code mailHolders}, each
   * holder with an address is sent theirs, once ever ({@link CertificateOutbox}).
   */
  public IssueReport issue(long workshopId, String siteAddress, boolean mailHolders) {
    managed(workshopId);
    List<Certificate> issued = new ArrayList<>();
    int already = 0;
    for (Completion completion : completions.ofWorkshop(workshopId)) {
      Optional<Issued> outcome = single.issue(completion.getId(), siteAddress, mailHolders);
      if (outcome.isPresent() && outcome.get().now()) {
        issued.add(outcome.get().certificate());
      } else if (outcome.isPresent()) {
        already++;
      }
    }
    int repeated = already;
    LOG.info(
        () ->
            "Workshop "
                + workshopId
                + ": "
                + issued.size()
                + " certificates issued, "
                + repeated
                + " issued before");
    return new IssueReport(issued, already, outbox.mailedFor(workshopId));
  }

  /** Every certificate issued for the workshop's completions, by number. */
  public List<Certificate> of(long workshopId) {
    managed(workshopId);
    return em.createNamedQuery("Certificate.findByWorkshop", Certificate.class)
        .setParameter("workshopId", workshopId)
        .getResultList();
  }

  /** How many of the workshop's holders have their certificate mail queued or sent. */
  public long mailed(long workshopId) {
    managed(workshopId);
    return outbox.mailedFor(workshopId);
  }

  /** Where the mail of each of the workshop's certificates stands, by certificate id. */
  public Map<Long, CertificateMail.State> mails(long workshopId) {
    managed(workshopId);
    return outbox.mailsOf(workshopId);
  }

  private void managed(long workshopId) {
    Actor actor = Actor.of(callers.get());
    workshops.find(workshopId).filter(actor::manages).orElseThrow(NotFoundException::new);
  }

  /**
   * What an issuing call did: the certificates it issued, how many existed already, and how many of
   * the workshop's holders have their mail queued or sent.
   */
  public record IssueReport(List<Certificate> issued, int alreadyIssued, long mailed) {}
}
