package org.capacita.scheduling.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.capacita.scheduling.application.WorkshopFeeds;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.web.SiteAddress;

/**
 * {@code workshops/calendar/<id>.ics}: "Add to my calendar" on the workshop page, the sessions of a
 * workshop the signed-in caller may see (behind the same sign-in as the pages), in their language;
 * 404 otherwise.
 */
@WebServlet("/workshops/calendar/*")
public class WorkshopCalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private WorkshopFeeds feeds;
  @Inject private SiteAddress site;
  @Inject private CurrentCaller callers;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Long> id =
        CalendarResponses.name(request.getPathInfo())
            .filter(name -> name.chars().allMatch(Character::isDigit) && name.length() < 19)
            .map(Long::valueOf);
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String calendar;
    try {
      calendar = feeds.ofWorkshop(id.get(), site.of(request), callers.get().locale());
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CalendarResponses.write(
        response, calendar, "attachment; filename=\"workshop-" + id.get() + ".ics\"");
  }
}
