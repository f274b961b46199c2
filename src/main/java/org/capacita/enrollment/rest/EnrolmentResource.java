package org.capacita.enrollment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.capacita.enrollment.application.EnrolmentResult;
import org.capacita.enrollment.application.WorkshopEnrolments;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.rest.Page;
import org.capacita.shared.rest.Paging;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/workshops/{id}/enrollments}: who is enrolled, waitlisted or asking. */
@Path("workshops/{id}/enrollments")
@RequestScoped
@Tag(name = "Enrolments")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

  @Inject private WorkshopEnrolments enrolments;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(summary = "Enrol a person: leads and the workshop's trainers anyone, others themself")
  @APIResponse(
      responseCode = "201",
      description = "ENROLLED, WAITLISTED (with position), REQUESTED")
  @APIResponse(responseCode = "404", description = "No such workshop, or not yours to enrol into")
  @APIResponse(responseCode = "409", description = "Enrolled already")
  @APIResponse(responseCode = "422", description = "Cancelled, closed, past or invitation only")
  public Response enrol(@PathParam("id") long id, EnrolmentRequest request) {
    if (request == null || request.personId() == null) {
      throw new InvalidInputException("personId", "enrollment.personId.required");
    }
    EnrolmentResult result = enrolments.enrol(id, request.personId());
    return Response.created(
            UriBuilder.fromPath("workshops/{id}/enrollments/{personId}")
                .build(id, request.personId()))
        .entity(EnrolmentView.of(result))
        .build();
  }

  @DELETE
  @Path("{personId}")
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(summary = "Cancel an enrolment; the first waitlisted person is promoted")
  @APIResponse(responseCode = "204", description = "Cancelled")
  @APIResponse(responseCode = "404", description = "No such enrolment, or not yours to cancel")
  public Response cancel(@PathParam("id") long id, @PathParam("personId") long personId) {
    enrolments.cancel(id, personId);
    return Response.noContent().build();
  }

  @POST
  @Path("{personId}/approval")
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(summary = "Grant a requested place: a seat, or the end of the waitlist")
  @APIResponse(responseCode = "404", description = "No such request, or another trainer's")
  @APIResponse(responseCode = "409", description = "Not a pending request")
  public EnrolmentView approve(@PathParam("id") long id, @PathParam("personId") long personId) {
    return EnrolmentView.of(enrolments.approve(id, personId));
  }

  @GET
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(
      summary = "The workshop's enrolments, waitlist positions included",
      description = "q: only persons whose name, e-mail, ID or institution hold every word")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  public Page<EnrolmentView> list(
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("0") long page,
      @QueryParam("size") @DefaultValue("500") long size,
      @QueryParam("q") String q) {
    Paging paging = Paging.of(page, size);
    if (q != null && !q.isBlank()) {
      return new Page<>(
          enrolments.roster(id, q, paging.first(), paging.size()).stream()
              .map(EnrolmentView::of)
              .toList(),
          enrolments.rosterSize(id, q));
    }
    WorkshopEnrolments.Roster roster = enrolments.roster(id, paging.first(), paging.size());
    return new Page<>(roster.rows().stream().map(EnrolmentView::of).toList(), roster.total());
  }
}
