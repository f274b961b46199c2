package org.capacita.certificates.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.certificates.application.Issuing.Issued;

/**
 * One completion's certificate, issued or found: when a simultaneous request won the unique key
 * meanwhile (its insert committed first), this one's transaction rolled back and it reads the
 * winner's.
 */
@ApplicationScoped
public class SingleIssue {

  private static final Logger LOG = Logger.getLogger(SingleIssue.class.getName());

  @Inject private Issuing issuing;

  public Optional<Issued> issue(long completionId, String siteAddress) {
    return issue(completionId, siteAddress, false);
  }

  /** The same, the holder's mail queued when {@code mailHolder} ({@link CertificateOutbox}). */
  public Optional<Issued> issue(long completionId, String siteAddress, boolean mailHolder) {
    try {
      return issuing.issue(completionId, siteAddress, mailHolder);
    } catch (EJBException lost) {
      LOG.fine(() -> "Issue for completion " + completionId + " lost a race: " + lost);
      return issuing.issue(completionId, siteAddress, mailHolder);
    }
  }
}
