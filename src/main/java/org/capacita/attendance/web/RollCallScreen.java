package org.capacita.attendance.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.capacita.attendance.application.RollCallPage;
import org.capacita.attendance.domain.StatusChoice;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopSession;

/**
 * What the roll-call page shows: the workshop and session (date and times in the venue's zone, in
 * the user's language), links to its other sessions, the statuses offered with their stored names,
 * this page's persons and where the page stands among all that match.
 */
public record RollCallScreen(
    long workshopId,
    int sessionNumber,
    String title,
    String venue,
    String day,
    String start,
    String end,
    String zone,
    List<SessionLink> sessions,
    List<StatusOption> statuses,
    List<RollCallRow> rows,
    long matching,
    long takingPart,
    long marked,
    int page,
    int pageSize) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  static RollCallScreen of(
      RollCallPage view, StatusChoice choice, Locale locale, int page, int size) {
    Workshop w = view.workshop();
    WorkshopSession s = view.session();
    DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    DateTimeFormatter shortDays =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    return new RollCallScreen(
        w.getId(),
        s.getNumber(),
        w.title(locale),
        w.getVenueName(),
        days.format(s.getDate()),
        TIME.format(s.getStart()),
        TIME.format(s.getEnd()),
        w.getTimeZone(),
        w.getSessions().stream()
            .map(o -> new SessionLink(o.getNumber(), shortDays.format(o.getDate())))
            .toList(),
        choice.offered().stream().map(o -> new StatusOption(o.getCode(), o.name(locale))).toList(),
        new RollCallRows(choice, locale, w.zone()).of(view.lines()),
        view.matching(),
        view.takingPart(),
        view.marked(),
        page,
        size);
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * pageSize < matching;
  }

  public boolean isPaged() {
    return takingPart > pageSize;
  }

  /** The number of the first person shown (1-based), 0 when none. */
  public long getFirstShown() {
    return rows.isEmpty() ? 0 : (long) page * pageSize + 1;
  }

  public long getLastShown() {
    return (long) page * pageSize + rows.size();
  }

  public long getWorkshopId() {
    return workshopId;
  }

  public int getSessionNumber() {
    return sessionNumber;
  }

  public String getTitle() {
    return title;
  }

  public String getVenue() {
    return venue;
  }

  public String getDay() {
    return day;
  }

  public String getStart() {
    return start;
  }

  public String getEnd() {
    return end;
  }

  public String getZone() {
    return zone;
  }

  public List<SessionLink> getSessions() {
    return sessions;
  }

  public List<StatusOption> getStatuses() {
    return statuses;
  }

  public List<RollCallRow> getRows() {
    return rows;
  }

  public long getMatching() {
    return matching;
  }

  public long getTakingPart() {
    return takingPart;
  }

  public long getMarked() {
    return marked;
  }

  public int getPage() {
    return page;
  }

  /** Another session of the workshop, to switch to. */
  public record SessionLink(int number, String day) {
    public int getNumber() {
      return number;
    }

    public String getDay() {
      return day;
    }
  }

  /** A status to tap: its code and its name in the user's language. */
  public record StatusOption(String code, String name) {
    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }
  }
}
