package org.capacita.certificates.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.capacita.certificates.application.HeldCertificates;
import org.capacita.shared.domain.NotFoundException;

/**
 * {@code certificates/pdf?code=}: a certificate's PDF as issued, behind the pages' sign-in, for its
 * holder, the trainers of its workshop and leads; 404 for anyone else and for unknown codes.
 */
@WebServlet("/certificates/pdf")
public class CertificatePdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private HeldCertificates held;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String code = request.getParameter("code");
    byte[] pdf;
    long number;
    try {
      number = held.get(code).getNumber();
      pdf = held.pdf(code);
    } catch (NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"certificate-" + number + ".pdf\"");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
