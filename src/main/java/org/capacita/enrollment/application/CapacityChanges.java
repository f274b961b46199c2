package org.capacita.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.capacita.scheduling.domain.WorkshopChanged;

/** A changed workshop (its row locked by the change) may have seats for waitlisted people. */
@ApplicationScoped
public class CapacityChanges {

  @Inject private Enrolling enrolling;

  void changed(@Observes WorkshopChanged event) {
    enrolling.promoteWhileSeatsLeft(event.workshop(), Instant.now());
  }
}
