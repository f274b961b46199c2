package org.capacita.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.capacita.catalog.domain.Module;
import org.capacita.shared.domain.BaseEntity;

/**
 * A person completed a module, once per route and occasion: online at most once per module, in a
 * workshop once per workshop. What certificates are issued for and what reports count; it carries
 * copies of every fact they print and count (module titles and hours, dates, venue, project,
 * trainers, the participant's sector, institution and workplace, the test scores), taken when it is
 * recorded, so that neither reads workshops, attendance, attempts or today's registry.
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
@NamedQuery(
    name = "Completion.findByWorkshop",
    query =
        "SELECT c FROM Completion c WHERE c.workshopId = :workshopId AND c.route = :route"
            + " ORDER BY c.personId")
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

  @Column(name = "title_en", length = 200)
  private String titleEn;

  @Column(name = "title_es", length = 200)
  private String titleEs;

  @Embedded private DeliveryFacts delivery;

  @Embedded private ParticipantFacts participant;

  /** Hours of the workshop's sessions the person attended; null online. */
  @Column(name = "attended_hours", precision = 6, scale = 1)
  private BigDecimal attendedHours;

  @Column(name = "pre_score")
  private Integer preScore;

  @Column(name = "post_score")
  private Integer postScore;

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
    this.delivery = DeliveryFacts.online(completedOn, completedOn);
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

  /**
   * A module completed online, with the day the person started and their scores: the facts a
   * certificate or report needs (no venue, no trainers).
   */
  public static Completion online(
      long personId,
      Module module,
      LocalDate startedOn,
      LocalDate completedOn,
      TestScores scores,
      Instant recordedAt) {
    Completion completion =
        online(
            personId,
            module.getCode(),
            module.getContentVersion(),
            completedOn,
            module.getHours(),
            recordedAt);
    completion.delivery = DeliveryFacts.online(startedOn, completedOn);
    completion.scored(scores);
    return completion;
  }

  /**
   * A module completed in a workshop, on the workshop's last day, counting the module's hours; with
   * the hours the person attended and their scores (online or on paper).
   */
  public static Completion atWorkshop(
      long personId,
      Module module,
      long workshopId,
      DeliveryFacts delivery,
      BigDecimal attendedHours,
      TestScores scores,
      Instant recordedAt) {
    Completion completion =
        new Completion(
            personId,
            module.getCode(),
            module.getContentVersion(),
            CompletionRoute.WORKSHOP,
            workshopId,
            delivery.getLastDay(),
            module.getHours(),
            recordedAt);
    completion.delivery = delivery;
    completion.attendedHours = attendedHours;
    completion.scored(scores);
    return completion;
  }

  private void scored(TestScores scores) {
    this.preScore = scores.pre();
    this.postScore = scores.post();
  }

  /**
   * Copies the module's titles and what the registry holds about the participant now; done once,
   * when the completion is recorded.
   */
  public void describe(Module module, ParticipantFacts participant) {
    if (module != null && module.getCode().equals(moduleCode)) {
      this.titleEn = module.title(Locale.ENGLISH);
      this.titleEs = module.title(Locale.forLanguageTag("es"));
    }
    this.participant = participant;
  }

  /** The module's title as it was, in the reader's language (else the other one). */
  public String title(Locale locale) {
    String title = "es".equals(locale.getLanguage()) ? titleEs : titleEn;
    return title != null ? title : (titleEn != null ? titleEn : titleEs);
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

  public String getTitleEn() {
    return titleEn;
  }

  public String getTitleEs() {
    return titleEs;
  }

  public DeliveryFacts getDelivery() {
    return delivery;
  }

  /** The participant as they were when they completed (null only for a completion not recorded). */
  public ParticipantFacts getParticipant() {
    return participant;
  }

  public BigDecimal getAttendedHours() {
    return attendedHours;
  }

  public TestScores scores() {
    return new TestScores(preScore, postScore);
  }
}
