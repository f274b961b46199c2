package org.capacita.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.capacita.attendance.application.Attendance.SaveResult;
import org.capacita.attendance.application.RollCalls;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.attendance.domain.MarkInput;
import org.capacita.attendance.domain.SessionRef;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/workshops/{id}/sessions/{number}/attendance}: a session's marks, for the
 * workshop's lead or trainers; to anyone else (another trainer, a learner) the session is not
 * found.
 */
@Path("workshops/{id}/sessions/{number}/attendance")
@RequestScoped
@Tag(name = "Attendance")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class RollCallResource {

  @Inject private RollCalls rollCalls;

  @GET
  @Operation(
      summary = "The session's roster with its marks",
      description =
          "Everyone taking part (enrolled, or walked in), by name: [{\"personId\",\"status\","
              + "\"walkIn\",\"note\"?,\"channel\"?,\"markedAt\"?}]; status is null while a"
              + " person is not marked.")
  @APIResponse(responseCode = "404", description = "No such session, or not yours")
  public List<MarkView> marks(@PathParam("id") long id, @PathParam("number") int number) {
    return rollCalls.roster(new SessionRef(id, number)).stream().map(MarkView::of).toList();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save marks, all rows or none",
      description =
          "Rows [{\"personId\",\"status\",\"note\"?}]; persons left out keep their marks. With an"
              + " Idempotency-Key header (8 to 64 letters, digits, - or _), a repeat of the same"
              + " save changes nothing and answers \"repeated\": true.")
  @APIResponse(responseCode = "200", description = "{\"changed\": N, \"repeated\": false}")
  @APIResponse(responseCode = "400", description = "A row without person or status")
  @APIResponse(responseCode = "404", description = "No such session, or not yours")
  @APIResponse(
      responseCode = "422",
      description = "A person not enrolled, an unknown status, a person twice; nothing saved")
  public SaveResult save(
      @PathParam("id") long id,
      @PathParam("number") int number,
      @HeaderParam("Idempotency-Key") String key,
      List<MarkInput> rows) {
    return rollCalls.save(new SessionRef(id, number), rows, key, AttendanceChannel.API);
  }

  @GET
  @Path("changes")
  @Operation(summary = "The session's audit: every change of a mark, oldest first")
  @APIResponse(responseCode = "404", description = "No such session, or not yours")
  public List<MarkChangeView> changes(@PathParam("id") long id, @PathParam("number") int number) {
    return rollCalls.changes(new SessionRef(id, number)).stream().map(MarkChangeView::of).toList();
  }
}
