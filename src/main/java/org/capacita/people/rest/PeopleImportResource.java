package org.capacita.people.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.capacita.people.importing.ImportMode;
import org.capacita.people.importing.ImportProgress;
import org.capacita.people.importing.ImportReport;
import org.capacita.people.importing.PersonImport;
import org.capacita.people.importing.RowReader;
import org.capacita.people.importing.RowReaders;
import org.capacita.shared.rest.RequestLocale;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/people/import}: a CSV (or XLSX) file of persons, all rows or none. */
@Path("people/import")
@RequestScoped
@Tag(name = "People")
@SecurityRequirement(name = "bearer")
public class PeopleImportResource {

  @Inject private PersonImport imports;
  @Context private HttpHeaders headers;

  @POST
  @Consumes({"text/csv", RowReaders.XLSX_TYPE})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(
      summary = "Import persons",
      description =
          "A header row with the field names of POST /people. With any row in error nothing is"
              + " stored, unless partial=true stores the valid rows. Rows of persons registered"
              + " already are counted as matched; importing a file twice creates nothing new."
              + " With update=true, matched persons also take the row's e-mail and position"
              + " where their record has none or another (counted as updated).")
  public ImportResult importFile(
      InputStream body,
      @QueryParam("partial") @DefaultValue("false") boolean partial,
      @QueryParam("update") @DefaultValue("false") boolean update,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType)
      throws IOException {
    try (RowReader reader = RowReaders.open(body, contentType)) {
      ImportReport report =
          imports.run(
              reader,
              RequestLocale.of(headers),
              partial ? ImportMode.VALID_ROWS : ImportMode.ALL_OR_NOTHING,
              ImportProgress.NONE,
              outcome -> {},
              update);
      return ImportResult.of(report);
    }
  }
}
