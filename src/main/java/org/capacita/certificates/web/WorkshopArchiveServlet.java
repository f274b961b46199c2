package org.capacita.certificates.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.capacita.certificates.application.CertificateArchive;
import org.capacita.shared.domain.NotFoundException;

/**
 * {@code certificates/workshop.zip?workshop=}: a workshop's valid certificates in one ZIP, behind
 * the pages' sign-in, for the workshop's trainers and leads; 404 for anyone else.
 */
@WebServlet("/certificates/workshop.zip")
public class WorkshopArchiveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CertificateArchive archive;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<CertificateArchive.Entry> entries;
    long workshop;
    try {
      workshop = Long.parseLong(String.valueOf(request.getParameter("workshop")));
      entries = archive.entries(workshop);
    } catch (NumberFormatException | NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/zip");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"certificates-" + workshop + ".zip\"");
    archive.write(entries, response.getOutputStream());
  }
}
