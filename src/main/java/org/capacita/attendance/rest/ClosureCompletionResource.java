package org.capacita.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.capacita.attendance.application.Closure;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/workshops/{id}/completions}: who completes, from the attendance so far. */
@Path("workshops/{id}/completions")
@RequestScoped
@Tag(name = "Closure and completion")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ClosureCompletionResource {

  @Inject private Closure closure;

  @GET
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(
      summary =
          "Each participant's attended share of the session hours and whether they complete:"
              + " computed from the attendance so far, final once the workshop is closed")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  public List<CompletionStandingView> completions(@PathParam("id") long id) {
    return closure.completions(id).outcomes().stream().map(CompletionStandingView::of).toList();
  }
}
