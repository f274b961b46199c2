package org.capacita.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.capacita.accounts.domain.Role;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.NotFoundException;

/** Workshops as any signed-in account may see them. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class WorkshopFinder {

  @Inject private Workshops workshops;

  public Workshop get(long id) {
    return workshops.find(id).orElseThrow(NotFoundException::new);
  }

  public List<Workshop> search(WorkshopFilter filter, int first, int size) {
    return workshops.search(filter, first, size);
  }

  public long count(WorkshopFilter filter) {
    return workshops.count(filter);
  }
}
