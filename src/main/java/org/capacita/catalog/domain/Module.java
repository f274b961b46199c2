package org.capacita.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.capacita.shared.domain.BaseEntity;

/**
 * A module as the database remembers it: the facts enrolments, attempts and completions refer to.
 * The lessons and questions themselves stay in the content files; each load refreshes this row.
 */
@Entity
@Table(name = "training_module")
@NamedQuery(name = "Module.findByCode", query = "SELECT m FROM Module m WHERE m.code = :code")
@NamedQuery(name = "Module.findAll", query = "SELECT m FROM Module m ORDER BY m.code")
public class Module extends BaseEntity {

  @Column(nullable = false, length = 40, updatable = false)
  private String code;

  @Column(name = "content_version", nullable = false)
  private int contentVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ModuleStatus status;

  @Column(nullable = false, precision = 5, scale = 1)
  private BigDecimal hours;

  @Column(name = "title_en", length = 200)
  private String titleEn;

  @Column(name = "title_es", length = 200)
  private String titleEs;

  @Column(nullable = false, length = 500)
  private String sectors;

  @Column(nullable = false, length = 20)
  private String languages;

  @Column(name = "lesson_count", nullable = false)
  private int lessonCount;

  @Column(name = "pre_test", nullable = false)
  private boolean preTest;

  @Column(name = "post_test", nullable = false)
  private boolean postTest;

  @Column(name = "pass_mark", nullable = false)
  private int passMark;

  @Column(name = "max_attempts", nullable = false)
  private int maxAttempts;

  @Enumerated(EnumType.STRING)
  @Column(name = "completion_rule", nullable = false, length = 24)
  private CompletionRule completionRule;

  /** Percent of a workshop's session hours a participant must attend to complete it. */
  @Column(name = "attendance_threshold", nullable = false)
  private int attendanceThreshold = 80;

  /** Whether a workshop participant must also pass the post-test (online or on paper). */
  @Column(name = "workshop_post_test", nullable = false)
  private boolean workshopPostTest;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  protected Module() {}

  public Module(String code) {
    if (code == null || !code.matches("[A-Z][A-Z0-9-]{1,39}")) {
      throw new IllegalArgumentException("A module code is upper-case letters, digits and -");
    }
    this.code = code;
  }

  /** Takes over what the content files now say about the module. */
  public void refresh(ModuleFacts facts, Instant now) {
    this.contentVersion = facts.version();
    this.status = Objects.requireNonNull(facts.status());
    this.hours = facts.hours();
    this.titleEn = facts.titleEn();
    this.titleEs = facts.titleEs();
    this.sectors = String.join(",", facts.sectors());
    this.languages = String.join(",", facts.languages());
    this.lessonCount = facts.lessonCount();
    this.preTest = facts.preTest();
    this.postTest = facts.postTest();
    this.passMark = facts.passMark();
    this.maxAttempts = facts.maxAttempts();
    this.completionRule = facts.completionRule();
    this.attendanceThreshold = facts.attendanceThreshold();
    this.workshopPostTest = facts.workshopPostTest();
    this.loadedAt = now;
  }

  /** A module whose folder has gone stays in the records, retired. */
  public void retire(Instant now) {
    this.status = ModuleStatus.RETIRED;
    this.loadedAt = now;
  }

  public boolean isPublished() {
    return status == ModuleStatus.PUBLISHED;
  }

  public String title(Locale locale) {
    String title = "es".equals(locale.getLanguage()) ? titleEs : titleEn;
    return title != null ? title : (titleEn != null ? titleEn : titleEs);
  }

  public String getCode() {
    return code;
  }

  public int getContentVersion() {
    return contentVersion;
  }

  public ModuleStatus getStatus() {
    return status;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public List<String> getSectors() {
    return sectors.isEmpty() ? List.of() : Arrays.asList(sectors.split(","));
  }

  public int getLessonCount() {
    return lessonCount;
  }

  public boolean hasPreTest() {
    return preTest;
  }

  public boolean hasPostTest() {
    return postTest;
  }

  public int getPassMark() {
    return passMark;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public CompletionRule getCompletionRule() {
    return completionRule;
  }

  public int getAttendanceThreshold() {
    return attendanceThreshold;
  }

  public boolean requiresWorkshopPostTest() {
    return workshopPostTest;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }

  /** What a content load knows about a module. */
  public record ModuleFacts(
      int version,
      ModuleStatus status,
      BigDecimal hours,
      String titleEn,
      String titleEs,
      List<String> sectors,
      List<String> languages,
      int lessonCount,
      boolean preTest,
      boolean postTest,
      int passMark,
      int maxAttempts,
      CompletionRule completionRule,
      int attendanceThreshold,
      boolean workshopPostTest) {

    /** The facts with the default workshop rule: 80 % of the hours, post-test as online. */
    public ModuleFacts(
        int version,
        ModuleStatus status,
        BigDecimal hours,
        String titleEn,
        String titleEs,
        List<String> sectors,
        List<String> languages,
        int lessonCount,
        boolean preTest,
        boolean postTest,
        int passMark,
        int maxAttempts,
        CompletionRule completionRule) {
      this(
          version,
          status,
          hours,
          titleEn,
          titleEs,
          sectors,
          languages,
          lessonCount,
          preTest,
          postTest,
          passMark,
          maxAttempts,
          completionRule,
          80,
          postTest && completionRule == CompletionRule.LESSONS_AND_POSTTEST);
    }
  }
}
