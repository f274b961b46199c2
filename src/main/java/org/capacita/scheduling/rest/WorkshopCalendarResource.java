package org.capacita.scheduling.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.capacita.scheduling.application.WorkshopCalendar;
import org.capacita.scheduling.application.WorkshopFeeds;
import org.capacita.shared.rest.RequestLocale;
import org.capacita.shared.security.Role;
import org.capacita.shared.web.SiteAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/workshops/{id}/calendar}: a workshop's sessions as iCalendar. */
@Path("workshops/{id}/calendar")
@RequestScoped
@Tag(name = "Workshops")
@SecurityRequirement(name = "bearer")
public class WorkshopCalendarResource {

  @Inject private WorkshopFeeds feeds;
  @Inject private SiteAddress site;
  @Context private HttpHeaders headers;
  @Context private HttpServletRequest request;

  @GET
  @Produces(WorkshopCalendar.MEDIA_TYPE)
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(summary = "The workshop's sessions as text/calendar, one event each")
  @APIResponse(responseCode = "200", description = "iCalendar (RFC 5545)")
  @APIResponse(responseCode = "404", description = "No such workshop, or not visible to the caller")
  public Response calendar(@PathParam("id") long id) {
    String calendar = feeds.ofWorkshop(id, site.of(request), RequestLocale.of(headers));
    return Response.ok(calendar, WorkshopCalendar.MEDIA_TYPE + ";charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"workshop-" + id + ".ics\"")
        .build();
  }
}
