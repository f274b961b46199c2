package org.capacita.people.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.capacita.people.application.DuplicateScreening;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/people/duplicates/screening}: how many imported persons the background
 * screening has still to compare with the registry, so that whoever imported a file knows whether
 * the duplicates queue is complete yet.
 */
@Path("people/duplicates/screening")
@RequestScoped
@Tag(name = "People")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource {

  @Inject private DuplicateScreening screening;

  @GET
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(summary = "Imported persons still waiting for the duplicate screening")
  public ScreeningView status() {
    return new ScreeningView(screening.waiting());
  }

  /** What the screening has still to do: persons not yet compared (0 when it is idle). */
  public record ScreeningView(long waiting) {}
}
