package org.capacita.scheduling.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.capacita.scheduling.application.CalendarFeeds;
import org.capacita.scheduling.application.WorkshopFeeds;
import org.capacita.shared.security.AccountSummary;
import org.capacita.shared.web.SiteAddress;

/**
 * {@code calendar/trainers/<token>.ics}: a trainer's workshops for calendar apps, which poll it
 * without signing in; the secret token in the address is the only key. An unknown or replaced
 * token, or an account that is disabled or no longer trains, gets 404.
 */
@WebServlet("/calendar/trainers/*")
public class TrainerFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CalendarFeeds tokens;
  @Inject private WorkshopFeeds feeds;
  @Inject private SiteAddress site;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<AccountSummary> trainer =
        CalendarResponses.name(request.getPathInfo()).flatMap(tokens::ownerOf);
    if (trainer.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String calendar = feeds.ofTrainer(trainer.get().id(), site.of(request), trainer.get().locale());
    CalendarResponses.write(response, calendar, "inline; filename=\"capacita.ics\"");
  }
}
