package org.capacita.people.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.capacita.people.domain.Sector;
import org.capacita.shared.domain.ConflictException;
import org.capacita.shared.security.Role;
import org.capacita.shared.validation.RequiredText;

/** Administrators extend the list of sectors; built-in sectors stay as they are. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SectorAdministration {

  private static final Logger LOG = Logger.getLogger(SectorAdministration.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Places places;

  public Sector add(
      @ValidSectorCode String code, @RequiredText String nameEn, @RequiredText String nameEs) {
    if (places.sector(code).isPresent()) {
      throw new ConflictException("code", "admin.sectors.taken", code);
    }
    int position = places.sectors().stream().mapToInt(Sector::getPosition).max().orElse(0) + 10;
    Sector sector = new Sector(code, nameEn.strip(), nameEs.strip(), position);
    em.persist(sector);
    LOG.info(() -> "Sector added: " + code);
    return sector;
  }
}
