package org.capacita.certificates.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.capacita.certificates.application.IssueJobs;
import org.capacita.certificates.application.VerificationAddress;
import org.capacita.certificates.domain.IssueJob;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/workshops/{id}/certificates/runs}: the workshop page's "issue certificates" as a
 * background run, started and followed through the API.
 */
@Path("workshops/{id}/certificates/runs")
@RequestScoped
@Tag(name = "Certificates")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class IssueRunResource {

  @Inject private IssueJobs jobs;
  @Inject private VerificationAddress address;

  @POST
  @Operation(
      summary = "Start issuing the certificates the workshop's completions lack, in the background",
      description =
          "A run already going on for the workshop is answered instead of a new one. With"
              + " mailHolders=true each holder with an e-mail address is sent their certificate"
              + " once ever.")
  @APIResponse(responseCode = "202", description = "The run: {id,state,total,done,issued,...}")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  @APIResponse(responseCode = "422", description = "No trusted public address is configured")
  public Response start(
      @PathParam("id") long id,
      @QueryParam("mailHolders") @DefaultValue("false") boolean mailHolders) {
    String site = address.required();
    long run = jobs.start(id, site, mailHolders);
    return Response.accepted(RunView.of(jobs.find(run))).build();
  }

  @GET
  @Path("{run}")
  @Operation(summary = "How far a run of the workshop got")
  @APIResponse(responseCode = "404", description = "No such run of this workshop, or not yours")
  public RunView find(@PathParam("id") long id, @PathParam("run") long run) {
    IssueJob job = jobs.find(run);
    if (job.getWorkshopId() != id) {
      throw new NotFoundException();
    }
    return RunView.of(job);
  }

  /** One run: its state, how many completions it handles and has handled, how many it issued. */
  public record RunView(
      long id,
      long workshopId,
      String state,
      int total,
      int done,
      int issued,
      int percent,
      Instant startedAt,
      Instant finishedAt) {

    static RunView of(IssueJob job) {
      return new RunView(
          job.getId(),
          job.getWorkshopId(),
          job.isRunning() ? "RUNNING" : "FINISHED",
          job.getTotal(),
          job.getDone(),
          job.getIssued(),
          job.percent(),
          job.getStartedAt(),
          job.getFinishedAt());
    }
  }
}
