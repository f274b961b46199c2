package org.capacita.scheduling.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.capacita.shared.domain.BusinessRuleException;

/**
 * The rule for a workshop's sessions as asked for: each ends after it starts and none overlaps
 * another; they are sorted by date and start and numbered from 1.
 */
final class SessionSchedule {

  private SessionSchedule() {}

  /** The sessions in order, numbered; refuses bad times and overlaps, each on its own field. */
  static List<WorkshopSession> checked(List<SessionTimes> asked) {
    if (asked == null || asked.isEmpty()) {
      throw BusinessRuleException.onField("sessions", "workshop.sessions.required");
    }
    for (int i = 0; i < asked.size(); i++) {
      SessionTimes times = asked.get(i);
      if (!times.end().isAfter(times.start())) {
        throw BusinessRuleException.onField(
            "sessions[" + i + "].end", "workshop.session.endBeforeStart", i + 1);
      }
    }
    List<SessionTimes> sorted = new ArrayList<>(asked);
    sorted.sort(Comparator.comparing(SessionTimes::date).thenComparing(SessionTimes::start));
    List<WorkshopSession> result = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      SessionTimes times = sorted.get(i);
      if (i > 0) {
        SessionTimes before = sorted.get(i - 1);
        if (before.date().equals(times.date()) && times.start().isBefore(before.end())) {
          throw BusinessRuleException.onField(
              "sessions[" + asked.indexOf(times) + "]", "workshop.session.overlap", times.date());
        }
      }
      result.add(new WorkshopSession(i + 1, times));
    }
    return result;
  }
}
