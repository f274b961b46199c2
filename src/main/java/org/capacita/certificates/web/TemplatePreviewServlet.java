package org.capacita.certificates.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code admin/certificate-preview.pdf}: the preview the template page rendered last in this
 * session, for admins only (the {@code /admin/*} constraint of web.xml); 404 before any.
 */
@WebServlet("/admin/certificate-preview.pdf")
public class TemplatePreviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String SESSION_KEY = "capacita.certificateTemplatePreview";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object pdf = session == null ? null : session.getAttribute(SESSION_KEY);
    if (!(pdf instanceof byte[] bytes)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "inline; filename=\"certificate-preview.pdf\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
