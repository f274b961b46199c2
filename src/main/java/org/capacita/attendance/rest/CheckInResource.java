package org.capacita.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.capacita.attendance.application.CheckInClaim;
import org.capacita.attendance.application.CheckInCodes;
import org.capacita.attendance.application.CheckIns;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.security.Caller;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;
import org.capacita.shared.web.SiteAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Self check-in through the API (a mobile check-in app): the trainer's current code of a session,
 * and a participant's check-in with it.
 */
@Path("workshops/{id}/sessions/{number}")
@RequestScoped
@Tag(name = "Attendance")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

  @Inject private CheckInCodes codes;
  @Inject private CheckIns checkIns;
  @Inject private CurrentCaller callers;
  @Inject private SiteAddress site;
  @Context private HttpServletRequest request;

  @GET
  @Path("check-in-code")
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(summary = "The session's current check-in code, to show in the room")
  @APIResponse(responseCode = "200", description = "Code, QR link, when it changes")
  @APIResponse(responseCode = "404", description = "No such session, or another trainer's")
  @APIResponse(responseCode = "409", description = "Check-in is not open now")
  public ShownCodeView code(@PathParam("id") long id, @PathParam("number") int number) {
    return ShownCodeView.of(codes.current(id, number, site.of(request).orElse(null)));
  }

  @POST
  @Path("check-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(summary = "Check oneself in to the session with its current code")
  @APIResponse(responseCode = "200", description = "Marked present")
  @APIResponse(responseCode = "409", description = "Check-in for the session is not open")
  @APIResponse(
      responseCode = "422",
      description =
          "Wrong, expired or another session's code; not enrolled; no person; too many wrong codes")
  public CheckInView checkIn(
      @PathParam("id") long id, @PathParam("number") int number, CheckInRequest body) {
    if (body == null || body.code() == null || body.code().isBlank()) {
      throw new InvalidInputException("code", "attendance.checkIn.codeRequired");
    }
    Caller caller = callers.get();
    if (caller.personId() == null) {
      throw new BusinessRuleException("attendance.checkIn.noPerson");
    }
    CheckInClaim claim =
        checkIns.claim(
            body.code(),
            Optional.of(CheckInClaim.of(id, number)),
            caller.accountId(),
            request.getRemoteAddr());
    checkIns.checkIn(claim, caller.personId(), AttendanceChannel.QR);
    return new CheckInView(id, number, caller.personId(), AttendanceChannel.QR.name());
  }
}
