package org.capacita.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.capacita.attendance.application.PaperScoring;
import org.capacita.attendance.application.PaperScoring.ScoreEntry;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/workshops/{id}/scores}: pre- and post-test scores taken on paper. */
@Path("workshops/{id}/scores")
@RequestScoped
@Tag(name = "Closure and completion")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class PaperScoreResource {

  @Inject private PaperScoring scoring;

  @GET
  @Operation(summary = "The enrolled people's paper scores so far (null: not sat)")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  public List<PaperScoreView> scores(@PathParam("id") long id) {
    return scoring.sheet(id).rows().stream().map(PaperScoreView::of).toList();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Enter paper scores, [{\"personId\",\"pre\",\"post\"}] with scores 0 to 100 or null;"
              + " all rows or none")
  @APIResponse(responseCode = "400", description = "A score outside 0 to 100, or no personId")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  @APIResponse(responseCode = "409", description = "The workshop is closed (re-open it first)")
  @APIResponse(responseCode = "422", description = "A person not enrolled in the workshop")
  public List<PaperScoreView> enter(@PathParam("id") long id, List<ScoreEntry> entries) {
    if (entries == null) {
      throw new InvalidInputException("scores", "attendance.paperScores.bodyRequired");
    }
    scoring.enter(id, entries);
    return scores(id);
  }
}
