package org.capacita.scheduling.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.capacita.scheduling.application.Scheduling;
import org.capacita.scheduling.application.WorkshopFilter;
import org.capacita.scheduling.application.WorkshopFinder;
import org.capacita.scheduling.application.WorkshopInput;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.rest.Page;
import org.capacita.shared.rest.Paging;
import org.capacita.shared.rest.RequestLocale;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/workshops}: schedule, find, change and cancel workshops. */
@Path("workshops")
@RequestScoped
@Tag(name = "Workshops")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopResource {

  @Inject private Scheduling scheduling;
  @Inject private WorkshopFinder finder;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(summary = "Schedule a workshop (a trainer who schedules one trains it)")
  @APIResponse(
      responseCode = "201",
      description =
          "The workshop, sessions numbered from 1, with warnings (double-booked trainers)")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "422", description = "Bad sessions, unknown module or time zone")
  public Response schedule(@NotNull @Valid WorkshopInput input) {
    Workshop workshop = scheduling.schedule(input);
    return Response.created(UriBuilder.fromPath("workshops/{id}").build(workshop.getId()))
        .entity(saved(workshop))
        .build();
  }

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(
      summary =
          "Workshops with a day in the period, in a city or country, of a module, trained by an"
              + " account, in a status (DRAFT, SCHEDULED, CANCELLED, CLOSED), by first day")
  @APIResponse(responseCode = "400", description = "A malformed date, country, trainer or status")
  public Page<WorkshopView> search(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("city") String city,
      @QueryParam("country") String country,
      @QueryParam("moduleCode") String moduleCode,
      @QueryParam("trainerId") String trainerId,
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") long page,
      @QueryParam("size") @DefaultValue("50") long size) {
    Paging paging = Paging.of(page, size);
    WorkshopFilter filter =
        WorkshopFilter.parse(
            new WorkshopFilter.Texts(from, to, city, country, moduleCode, trainerId, status));
    return new Page<>(
        finder.search(filter, paging.first(), paging.size()).stream().map(this::view).toList(),
        finder.count(filter));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(summary = "One workshop, with enrolled, waitlisted and capacity")
  @APIResponse(responseCode = "404", description = "No such workshop")
  public WorkshopView get(@PathParam("id") long id) {
    return view(finder.get(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(summary = "Change a workshop; the capacity may not fall below those enrolled")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  public WorkshopView change(@PathParam("id") long id, @NotNull @Valid WorkshopInput input) {
    return saved(scheduling.change(id, input));
  }

  @POST
  @Path("{id}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(summary = "Cancel a workshop; enrolments and attendance are kept")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  @APIResponse(responseCode = "409", description = "Cancelled or closed already")
  public WorkshopView cancel(@PathParam("id") long id, @NotNull @Valid CancellationRequest body) {
    return view(scheduling.cancel(id, body.reason()));
  }

  private WorkshopView saved(Workshop workshop) {
    return WorkshopView.saved(workshop, scheduling.clashes(workshop), RequestLocale.of(headers));
  }

  private WorkshopView view(Workshop workshop) {
    return WorkshopView.of(workshop, RequestLocale.of(headers));
  }
}
