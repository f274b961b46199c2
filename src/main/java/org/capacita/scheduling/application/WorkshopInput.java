package org.capacita.scheduling.application;

import java.util.List;
import org.capacita.shared.validation.OptionalText;
import org.capacita.shared.validation.RequiredText;

/**
 * A workshop as a form or the API gives it, field names as in {@code POST /api/v1/workshops}: dates
 * {@code YYYY-MM-DD} and times {@code HH:mm} in the venue's time zone, trainers as account ids.
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
    @OptionalText String signUpDeadline) {

  /** One session: {@code {"date","start","end"}}. */
  public record SessionInput(String date, String start, String end) {}
}
