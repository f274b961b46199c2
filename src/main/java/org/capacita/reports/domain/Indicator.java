package org.capacita.reports.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed indicators. Each has a definition text, versioned: the bundles hold it under {@code
 * reports.definition.v<version>.<NAME>} (English and Spanish), and every report and export names
 * the version it was computed under ({@link #DEFINITIONS_VERSION}). Changing what an indicator
 * counts means a new version and new texts, never a silent change.
 */
public enum Indicator {
  /** Distinct persons with at least one completion in the period, after merges. */
  PEOPLE("people", Kind.DISTINCT),
  /** Completions in the period. */
  PARTICIPATIONS("participations", Kind.ADDITIVE),
  /** Distinct persons whose first completion ever falls in the period (or the row's period). */
  FIRST_TIME_PEOPLE("firstTimePeople", Kind.DISTINCT),
  /** Distinct workshops with a completion in the period. */
  WORKSHOPS("workshops", Kind.DISTINCT),
  /** Hours attended (the module's hours online), summed over completions. */
  PERSON_HOURS("personHours", Kind.ADDITIVE_DECIMAL),
  /** Hours attended over the module's hours, for workshop completions (0 to 1). */
  ATTENDANCE_RATE("attendanceRate", Kind.RATIO),
  /** Mean post-test minus pre-test score, over completions with both scores. */
  KNOWLEDGE_GAIN("knowledgeGain", Kind.RATIO),
  /** Share of completions with a post-test score at or above the module's pass mark (0 to 1). */
  PASS_SHARE("passShare", Kind.RATIO),
  /** First editions of certificates issued in the period, for completions in the row. */
  CERTIFICATES_ISSUED("certificatesIssued", Kind.ADDITIVE),
  /** Certificates revoked in the period. */
  CERTIFICATES_REVOKED("certificatesRevoked", Kind.ADDITIVE);

  /** The version of the definitions below; printed on every report and export. */
  public static final String DEFINITIONS_VERSION = "1";

  /** How a total relates to the rows. */
  public enum Kind {
    /** A count; the total is the sum of the rows (for dimensions with one value per row). */
    ADDITIVE,
    /** A decimal sum; the total is the sum of the rows. */
    ADDITIVE_DECIMAL,
    /** A distinct count: computed afresh for the total, never the sum of the rows. */
    DISTINCT,
    /** A ratio or mean: computed afresh for the total. */
    RATIO
  }

  private final String apiName;
  private final Kind kind;

  Indicator(String apiName, Kind kind) {
    this.apiName = apiName;
    this.kind = kind;
  }

  /** The field in JSON rows and totals, and the name in {@code indicators=}. */
  public String apiName() {
    return apiName;
  }

  /** The path segment of {@code GET /api/v1/reports/{indicator}}: {@code person-hours}. */
  public String pathName() {
    return apiName.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  public Kind kind() {
    return kind;
  }

  /** A whole count (people, participations, workshops, certificates): suppression applies. */
  public boolean isCount() {
    return kind == Kind.ADDITIVE || kind == Kind.DISTINCT;
  }

  /** The bundle key of its name ({@code enum.Indicator.PEOPLE}). */
  public String nameKey() {
    return "enum.Indicator." + name();
  }

  /** The bundle key of its definition in the current version. */
  public String definitionKey() {
    return "reports.definition.v" + DEFINITIONS_VERSION + "." + name();
  }

  public static Optional<Indicator> byApiName(String name) {
    return Arrays.stream(values()).filter(i -> i.apiName.equals(name)).findFirst();
  }

  public static Optional<Indicator> byPathName(String name) {
    return Arrays.stream(values()).filter(i -> i.pathName().equals(name)).findFirst();
  }
}
