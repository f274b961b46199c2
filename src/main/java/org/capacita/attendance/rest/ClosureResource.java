package org.capacita.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.capacita.attendance.application.Closure;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/workshops/{id}/closure}: close a workshop, re-open it, read the audit trail. */
@Path("workshops/{id}/closure")
@RequestScoped
@Tag(name = "Closure and completion")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class ClosureResource {

  @Inject private Closure closure;

  @POST
  @Operation(summary = "Close the workshop after its last session; completions become final")
  @APIResponse(responseCode = "200", description = "The closed workshop and its audit trail")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  @APIResponse(
      responseCode = "409",
      description = "The last session has not ended, or the workshop is closed or cancelled")
  public ClosureView close(@PathParam("id") long id) {
    closure.close(id);
    return view(id);
  }

  @GET
  @Operation(summary = "The workshop's status and its closings and re-openings, oldest first")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  public ClosureView get(@PathParam("id") long id) {
    return view(id);
  }

  @POST
  @Path("reopening")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Re-open a closed workshop to correct attendance (a reason is required)")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  @APIResponse(responseCode = "409", description = "The workshop is not closed")
  public ClosureView reopen(@PathParam("id") long id, @NotNull @Valid ReopeningRequest body) {
    closure.reopen(id, body.reason());
    return view(id);
  }

  private ClosureView view(long id) {
    return ClosureView.of(closure.workshop(id), closure.history(id));
  }
}
