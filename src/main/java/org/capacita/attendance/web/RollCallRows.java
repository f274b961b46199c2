package org.capacita.attendance.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.capacita.attendance.application.RollCallLine;
import org.capacita.attendance.domain.AttendanceChange;
import org.capacita.attendance.domain.StatusChoice;
import org.capacita.shared.i18n.Messages;

/**
 * Turns roll-call lines into rows to show: status names in the user's language (stored names, no
 * bundle), moments in the venue's zone and the user's locale, channels from the bundle.
 */
final class RollCallRows {

  private final StatusChoice statuses;
  private final Locale locale;
  private final DateTimeFormatter moments;

  RollCallRows(StatusChoice statuses, Locale locale, ZoneId venue) {
    this.statuses = statuses;
    this.locale = locale;
    this.moments =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(venue);
  }

  List<RollCallRow> of(List<RollCallLine> lines) {
    return lines.stream().map(this::row).toList();
  }

  private RollCallRow row(RollCallLine line) {
    var mark = line.mark();
    return new RollCallRow(
        line.personId(),
        line.name(),
        line.institution(),
        line.walkIn(),
        mark == null || mark.getStatusCode() == null ? "" : mark.getStatusCode(),
        mark == null || mark.getNote() == null ? "" : mark.getNote(),
        line.history().stream().map(a -> history(a.change(), a.by())).toList(),
        line.changes());
  }

  private RollCallRow.HistoryLine history(AttendanceChange change, String by) {
    return new RollCallRow.HistoryLine(
        moment(change.getChangedAt()),
        by,
        change.getOldStatus() == null ? "" : name(change.getOldStatus()),
        name(change.getNewStatus()),
        Messages.get(locale, "enum.AttendanceChannel." + change.getChannel().name()));
  }

  String name(String code) {
    return statuses.of(code).map(s -> s.name(locale)).orElse(code);
  }

  String moment(Instant instant) {
    return moments.format(instant);
  }
}
