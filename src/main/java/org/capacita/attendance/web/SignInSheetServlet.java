package org.capacita.attendance.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.capacita.attendance.application.SignInSheets;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;

/**
 * {@code attendance/sign-in-sheet.pdf?workshop=&session=}: the sheet from the workshop page and the
 * roll call, behind the pages' sign-in, in the caller's language; 404 for anyone who does not
 * manage the workshop and for addresses that name no session.
 */
@WebServlet("/attendance/sign-in-sheet.pdf")
public class SignInSheetServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private SignInSheets sheets;
  @Inject private CurrentCaller callers;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] pdf;
    try {
      long workshop = number(request.getParameter("workshop"));
      int session = Math.toIntExact(number(request.getParameter("session")));
      pdf = sheets.pdf(workshop, session, callers.get().locale());
    } catch (NotFoundException | ArithmeticException | jakarta.ejb.EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"sign-in-sheet-"
            + request.getParameter("workshop")
            + "-"
            + request.getParameter("session")
            + ".pdf\"");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  private static long number(String value) {
    if (value == null
        || value.isEmpty()
        || value.length() > 18
        || !value.chars().allMatch(Character::isDigit)) {
      throw new NotFoundException();
    }
    return Long.parseLong(value);
  }
}
