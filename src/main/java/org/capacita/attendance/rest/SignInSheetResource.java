package org.capacita.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.capacita.attendance.application.SignInSheets;
import org.capacita.shared.rest.RequestLocale;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/workshops/{id}/sessions/{number}/sign-in-sheet}: the session's PDF sheet. */
@Path("workshops/{id}/sessions/{number}/sign-in-sheet")
@RequestScoped
@Tag(name = "Attendance")
@SecurityRequirement(name = "bearer")
public class SignInSheetResource {

  @Inject private SignInSheets sheets;
  @Context private HttpHeaders headers;

  @GET
  @Produces("application/pdf")
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(
      summary = "The session's sign-in sheet (PDF, A4)",
      description =
          "Every participant's name, institution, sheet code and a signature column, in the"
              + " Accept-Language language; the codes import back through paper-import.")
  @APIResponse(responseCode = "200", description = "application/pdf")
  @APIResponse(responseCode = "404", description = "No such session, or another trainer's")
  public Response sheet(@PathParam("id") long id, @PathParam("number") int number) {
    return Response.ok(sheets.pdf(id, number, RequestLocale.of(headers)), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"sign-in-sheet-" + id + "-" + number + ".pdf\"")
        .build();
  }
}
