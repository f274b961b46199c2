package org.capacita.people.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.capacita.people.importing.ImportColumns;

/**
 * {@code people/template.csv}: the import template, the header row in the API's field names and one
 * example row, UTF-8 with a byte-order mark so that spreadsheets open it with accents intact.
 * Behind the same role check as the other pages under {@code /people/}.
 */
@WebServlet("/people/template.csv")
public class ImportTemplateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String EXAMPLE =
      "María José,Santos Pérez,F,mjsantos@example.org,+56 55 2 000 000,12.345.678-5,"
          + "Hospital Regional de Antofagasta,health,Matrona,Antofagasta,CL";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"capacita-people.csv\"");
    PrintWriter out = response.getWriter();
    out.print('\uFEFF');
    out.print(String.join(",", ImportColumns.FIELDS.keySet()));
    out.print("\r\n");
    out.print(EXAMPLE);
    out.print("\r\n");
  }
}
