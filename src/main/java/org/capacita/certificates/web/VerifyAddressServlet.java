package org.capacita.certificates.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.capacita.certificates.domain.VerificationCode;

/**
 * {@code /verify/{code}}, the address printed on certificates and held by their QR codes: shows
 * {@code certificates/verify.xhtml} for the code (its form posts back to the same address); {@code
 * /verify} alone shows the page with no code. Anything that cannot be a code is a plain 404.
 */
@WebServlet("/verify/*")
public class VerifyAddressServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PAGE = "/certificates/verify.xhtml";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    String code = path == null || "/".equals(path) ? "" : path.substring(1);
    if (!code.isEmpty() && VerificationCode.parse(code).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(VerifyBacking.CODE_ATTRIBUTE, code);
    request.getRequestDispatcher(PAGE).forward(request, response);
  }
}
