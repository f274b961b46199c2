package org.capacita.scheduling.application;

import java.util.List;
import java.util.Optional;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.validation.OptionalText;
import org.capacita.shared.validation.RequiredText;

/**
 * A workshop as a form or the API gives it, field names as in {@code POST /api/v1/workshops}: dates
 * {@code YYYY-MM-DD} and times {@code HH:mm} in the venue's time zone, trainers as account ids;
 * {@code status} {@code DRAFT} keeps a workshop a draft (nobody signs up), {@code SCHEDULED}
 * schedules a draft.
 */
public record WorkshopInput(
    @RequiredText String moduleCode,
    @OptionalText String title,
    @OptionalText String project,
    @RequiredText String venue,
    @OptionalText String venueAddress,
    @RequiredText String city,
    @RequiredText String country,
    @RequiredText String timeZone,
    Integer capacity,
    List<SessionInput> sessions,
    List<Long> trainerIds,
    @OptionalText String signUpMode,
    @OptionalText String signUpDeadline,
    @OptionalText String status) {

  /**
   * The status asked for: {@code DRAFT}, {@code SCHEDULED}, or null (new: scheduled; else kept).
   */
  public Optional<WorkshopStatus> requestedStatus() {
    if (status == null || status.isBlank()) {
      return Optional.empty();
    }
    return switch (status.strip()) {
      case "DRAFT" -> Optional.of(WorkshopStatus.DRAFT);
      case "SCHEDULED" -> Optional.of(WorkshopStatus.SCHEDULED);
      default -> throw new InvalidInputException("status", "workshop.status.invalid");
    };
  }

  /** One session: {@code {"date","start","end"}}. */
  public record SessionInput(String date, String start, String end) {}
}
