package org.capacita.enrollment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.capacita.enrollment.application.RosterImport;
import org.capacita.people.importing.RowReader;
import org.capacita.people.importing.RowReaders;
import org.capacita.shared.rest.RequestLocale;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/workshops/{id}/enrollments/import}: enrol the people of a CSV or XLSX file
 * (the people import's template), creating those not registered yet; all rows or none.
 */
@Path("workshops/{id}/enrollments/import")
@RequestScoped
@Tag(name = "Enrolments")
@SecurityRequirement(name = "bearer")
public class RosterImportResource {

  @Inject private RosterImport imports;
  @Context private HttpHeaders headers;

  @POST
  @Consumes({"text/csv", RowReaders.XLSX_TYPE})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(
      summary = "Enrol the people of an import file",
      description =
          "The file of POST /people/import. Registered people are matched, the others created;"
              + " each is enrolled (a seat, else the waitlist). With any row in error nothing is"
              + " stored; dryRun=true checks the file and forecasts the places, storing nothing.")
  @APIResponse(responseCode = "200", description = "Counts, and the errors by row")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  @APIResponse(responseCode = "422", description = "Cancelled or closed workshop, unreadable file")
  public RosterImportResult importFile(
      @PathParam("id") long id,
      InputStream body,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType)
      throws IOException {
    try (RowReader reader = RowReaders.open(body, contentType)) {
      return RosterImportResult.of(imports.run(id, reader, RequestLocale.of(headers), dryRun));
    }
  }
}
