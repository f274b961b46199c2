package org.capacita.attendance.application;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.capacita.attendance.domain.CheckInSecret;
import org.capacita.scheduling.domain.WorkshopStatus;

/**
 * Loads the sessions' secrets, and makes a session's the first time it is needed: in a transaction
 * of its own, so that two trainers opening the code at the same moment end with the one secret (the
 * second insert breaks the unique key and reads the first).
 */
@Stateless
public class CheckInSecrets {

  @PersistenceContext private EntityManager em;
  @Inject private CheckInSecretMaker maker;

  public Optional<CheckInSecret> find(long workshopId, int sessionNumber) {
    return em.createNamedQuery("CheckInSecret.findBySession", CheckInSecret.class)
        .setParameter("workshopId", workshopId)
        .setParameter("sessionNumber", sessionNumber)
        .getResultStream()
        .findFirst();
  }

  public CheckInSecret of(long workshopId, int sessionNumber) {
    return find(workshopId, sessionNumber)
        .orElseGet(
            () -> {
              try {
                maker.make(workshopId, sessionNumber);
              } catch (EJBException | PersistenceException e) {
                // Made by someone else meanwhile: theirs is read below.
              }
              return find(workshopId, sessionNumber).orElseThrow();
            });
  }

  /** Secrets of sessions held between these days (workshop's own dates), with their times. */
  public List<Dated> heldBetween(LocalDate from, LocalDate to) {
    return em
        .createNamedQuery("CheckInSecret.findBySessionDates", Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(
            row ->
                new Dated(
                    (CheckInSecret) row[0],
                    ZoneId.of((String) row[1]),
                    (WorkshopStatus) row[2],
                    (LocalDate) row[3],
                    (LocalTime) row[4],
                    (LocalTime) row[5]))
        .toList();
  }

  /** A secret with its session's day, times, zone and its workshop's status. */
  public record Dated(
      CheckInSecret secret,
      ZoneId zone,
      WorkshopStatus status,
      LocalDate date,
      LocalTime start,
      LocalTime end) {}
}
