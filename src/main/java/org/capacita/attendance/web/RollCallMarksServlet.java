package org.capacita.attendance.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.capacita.attendance.application.RollCalls;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.attendance.domain.MarkInput;
import org.capacita.attendance.domain.SessionRef;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.rest.BusinessRuleExceptionMapper;
import org.capacita.shared.web.LocaleSelector;

/**
 * {@code POST attendance/marks?workshop=&session=}: where the roll-call page's script saves marks,
 * with the signed-in session (the REST API takes bearer tokens only). Body {@code {"clientKey",
 * "marks": [{"personId","status","note"?}]}}; answers {@code {"changed","repeated"}} or a problem
 * in the user's language, exactly as the API's PUT does. Cross-site posts are refused before this
 * (SameOriginFilter); the client key makes a repeated send change nothing.
 */
@WebServlet("/attendance/marks")
public class RollCallMarksServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject private RollCalls rollCalls;
  @Inject private LocaleSelector localeSelector;

  /** The body the script sends. */
  public record SaveRequest(String clientKey, List<MarkInput> marks) {}

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    try {
      SessionRef session =
          new SessionRef(
              number(request.getParameter("workshop")),
              Math.toIntExact(number(request.getParameter("session"))));
      SaveRequest body = read(request);
      var result =
          rollCalls.save(session, body.marks(), body.clientKey(), AttendanceChannel.ROLL_CALL);
      write(response, 200, "application/json", JSON.toJson(result));
    } catch (BusinessRuleException e) {
      Response problem = BusinessRuleExceptionMapper.problem(e, localeSelector.getLocale());
      write(
          response,
          problem.getStatus(),
          String.valueOf(problem.getMediaType()),
          String.valueOf(problem.getEntity()));
    }
  }

  private static SaveRequest read(HttpServletRequest request) throws IOException {
    try {
      SaveRequest body =
          JSON.fromJson(
              new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
              SaveRequest.class);
      if (body == null) {
        throw new InvalidInputException("marks", "attendance.rollCall.rows.required");
      }
      return body;
    } catch (JsonbException e) {
      throw new InvalidInputException("marks", "problem.detail.malformed");
    }
  }

  private static long number(String value) {
    if (value == null || !value.matches("\\d{1,9}")) {
      throw new org.capacita.shared.domain.NotFoundException();
    }
    return Long.parseLong(value);
  }

  private static void write(HttpServletResponse response, int status, String type, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(type);
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
