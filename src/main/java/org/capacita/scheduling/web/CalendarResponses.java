package org.capacita.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.scheduling.application.WorkshopCalendar;

/** What the calendar servlets share: reading {@code /<name>.ics} and writing the calendar. */
final class CalendarResponses {

  private static final Pattern ICS = Pattern.compile("/([A-Za-z0-9_-]{1,100})\\.ics");

  private CalendarResponses() {}

  /** The name in a path such as {@code /123.ics}, if the path is one. */
  static Optional<String> name(String pathInfo) {
    Matcher matcher = ICS.matcher(pathInfo == null ? "" : pathInfo);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  static void write(HttpServletResponse response, String calendar, String disposition)
      throws IOException {
    response.setContentType(WorkshopCalendar.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", disposition);
    response.setHeader("Cache-Control", "private, no-cache");
    response.getWriter().write(calendar);
  }
}
