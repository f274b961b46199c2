package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.capacita.attendance.domain.AttendanceStatus;
import org.capacita.attendance.domain.StatusChoice;

/** Loads and stores the attendance statuses (few, cached). */
@ApplicationScoped
public class AttendanceStatuses {

  @PersistenceContext private EntityManager em;

  /** All statuses, active or not, in roll-call order. */
  public List<AttendanceStatus> all() {
    return em.createNamedQuery("AttendanceStatus.findAll", AttendanceStatus.class).getResultList();
  }

  /** The statuses with the rules of choosing one. */
  public StatusChoice choice() {
    return new StatusChoice(all());
  }

  public Optional<AttendanceStatus> find(String code) {
    return Optional.ofNullable(em.find(AttendanceStatus.class, code));
  }

  public AttendanceStatus add(AttendanceStatus status) {
    em.persist(status);
    return status;
  }
}
