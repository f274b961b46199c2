package org.capacita.attendance.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.capacita.attendance.application.PaperImport;
import org.capacita.people.importing.RowReader;
import org.capacita.people.importing.RowReaders;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/workshops/{id}/sessions/{number}/paper-import[?dryRun=true]}: the people a
 * marked sign-in sheet lists (CSV or XLSX, a {@code code} or {@code name} column) marked present;
 * with any row naming nobody, nothing is stored.
 */
@Path("workshops/{id}/sessions/{number}/paper-import")
@RequestScoped
@Tag(name = "Attendance")
@SecurityRequirement(name = "bearer")
public class PaperImportResource {

  @Inject private PaperImport imports;

  @POST
  @Consumes({"text/csv", RowReaders.XLSX_TYPE})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(summary = "Mark present the people of a marked sign-in sheet (all or none)")
  @APIResponse(responseCode = "200", description = "Each row's outcome; stored or not")
  @APIResponse(responseCode = "404", description = "No such session, or another trainer's")
  @APIResponse(responseCode = "422", description = "Unreadable file, or no code or name column")
  public PaperImportResult importFile(
      @PathParam("id") long id,
      @PathParam("number") int number,
      InputStream body,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType)
      throws IOException {
    try (RowReader reader = RowReaders.open(body, contentType)) {
      return PaperImportResult.of(imports.run(id, number, reader, dryRun));
    }
  }
}
