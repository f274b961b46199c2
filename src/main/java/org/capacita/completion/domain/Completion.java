package org.capacita.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.capacita.shared.domain.BaseEntity;

/**
 * A person completed a module, once per route and occasion: online at most once per module, in a
 * workshop once per workshop. What certificates are issued for and what reports count.
 */
@Entity
@Table(name = "completion")
@NamedQuery(
    name = "Completion.findOne",
    query =
        "SELECT c FROM Completion c WHERE c.personId = :personId AND c.moduleCode = :code"
            + " AND c.route = :route AND c.occasion = :occasion")
@NamedQuery(
    name = "Completion.findByPerson",
    query = "SELECT c FROM Completion c WHERE c.personId = :personId ORDER BY c.completedOn DESC")
public class Completion extends BaseEntity {

  private static final String ONLINE = "online";

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "module_code", nullable = false, length = 40, updatable = false)
  private String moduleCode;

  @Column(name = "module_version", nullable = false)
  private int moduleVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private CompletionRoute route;

  @Column(nullable = false, length = 40, updatable = false)
  private String occasion;

  @Column(name = "workshop_id", updatable = false)
  private Long workshopId;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(nullable = false, precision = 5, scale = 1)
  private BigDecimal hours;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Completion() {}

  private Completion(
      long personId,
      String moduleCode,
      int moduleVersion,
      CompletionRoute route,
      Long workshopId,
      LocalDate completedOn,
      BigDecimal hours,
      Instant recordedAt) {
    if (hours == null || hours.signum() <= 0) {
      throw new IllegalArgumentException("A completion counts a positive number of hours");
    }
    this.personId = personId;
    this.moduleCode = Objects.requireNonNull(moduleCode);
    this.moduleVersion = moduleVersion;
    this.route = route;
    this.workshopId = workshopId;
    this.occasion = workshopId == null ? ONLINE : workshopId.toString();
    this.completedOn = Objects.requireNonNull(completedOn);
    this.hours = hours;
    this.recordedAt = Objects.requireNonNull(recordedAt);
  }

  /** A module completed online: every lesson read and, if the module asks, the post-test passed. */
  public static Completion online(
      long personId,
      String moduleCode,
      int moduleVersion,
      LocalDate completedOn,
      BigDecimal hours,
      Instant recordedAt) {
    return new Completion(
        personId,
        moduleCode,
        moduleVersion,
        CompletionRoute.ONLINE,
        null,
        completedOn,
        hours,
        recordedAt);
  }

  /** The occasion key of the online route, for lookups. */
  public static String onlineOccasion() {
    return ONLINE;
  }

  public long getPersonId() {
    return personId;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public int getModuleVersion() {
    return moduleVersion;
  }

  public CompletionRoute getRoute() {
    return route;
  }

  public Long getWorkshopId() {
    return workshopId;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
