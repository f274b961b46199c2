package org.capacita.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.Set;
import org.capacita.reports.application.FactRebuild;
import org.capacita.reports.application.Reports;
import org.capacita.reports.domain.DrillPage;
import org.capacita.reports.domain.DrillPerson;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.ReportQuery;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.rest.Paging;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/reports}: {@code trained} (people and participations) and each other indicator by
 * its path name ({@code workshops}, {@code person-hours}, ...), more indicators with {@code
 * indicators=}; JSON, or CSV ({@code Accept: text/csv} or {@code format=csv}), XLSX or PDF ({@code
 * format=}); the people behind a number; the fact table's rebuild.
 */
@Path("reports")
@RequestScoped
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
public class ReportResource {

  @Inject private Reports reports;
  @Inject private FactRebuild rebuild;
  @Inject private ReportAnswers answers;
  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @GET
  @Path("trained")
  @RolesAllowed({Role.LEAD_NAME, Role.ADMIN_NAME})
  @Produces({MediaType.APPLICATION_JSON, ReportAnswers.CSV, ReportAnswers.XLSX, ReportAnswers.PDF})
  @Operation(
      summary =
          "People trained and participations from..to (indicators=firstTimePeople,... adds"
              + " more), by up to three"
              + " of sex, sector, institution, venueCity, venueCountry, workCity, workRegion,"
              + " country, module, project, trainer, route, month, quarter, year, fiscalYear;"
              + " filters by the same names (moduleCode for the module); format=csv|xlsx|pdf;"
              + " suppress=k hides counts below k")
  @APIResponse(responseCode = "400", description = "A malformed date, dimension, filter or format")
  public Response trained() {
    return report(ReportQuery.TRAINED);
  }

  @GET
  @Path("{indicator}")
  @RolesAllowed({Role.LEAD_NAME, Role.ADMIN_NAME})
  @Produces({MediaType.APPLICATION_JSON, ReportAnswers.CSV, ReportAnswers.XLSX, ReportAnswers.PDF})
  @Operation(
      summary =
          "One indicator in the same shape as trained: people, participations,"
              + " first-time-people, workshops, person-hours, attendance-rate, knowledge-gain,"
              + " pass-share, certificates-issued, certificates-revoked")
  @APIResponse(responseCode = "404", description = "No such indicator")
  public Response indicator(@PathParam("indicator") String name) {
    Indicator indicator = Indicator.byPathName(name).orElseThrow(() -> new NotFoundException());
    return report(EnumSet.of(indicator));
  }

  @GET
  @Path("trained/people")
  @RolesAllowed(Role.LEAD_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The people behind a number: from, to and the row's dimension values as filters;"
              + " {items: [{id, name, institution, completions}], total}")
  public Response people(
      @QueryParam("page") @DefaultValue("0") long page,
      @QueryParam("size") @DefaultValue("50") long size) {
    Paging paging = Paging.of(page, size);
    DrillPage found =
        reports.drill(
            ReportRequest.drill(uri.getQueryParameters()), null, paging.first(), paging.size());
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (DrillPerson person : found.items()) {
      items.add(
          Json.createObjectBuilder()
              .add("id", person.id())
              .add("name", person.name())
              .add("institution", person.institution())
              .add("completions", person.completions()));
    }
    return Response.ok(
            Json.createObjectBuilder()
                .add("items", items)
                .add("total", found.total())
                .build()
                .toString(),
            MediaType.APPLICATION_JSON)
        .build();
  }

  @POST
  @Path("rebuild")
  @RolesAllowed(Role.ADMIN_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Fills the fact table afresh from the completions, in one transaction")
  public Response rebuild() {
    long facts = rebuild.rebuild();
    return Response.ok(
            Json.createObjectBuilder().add("facts", facts).build().toString(),
            MediaType.APPLICATION_JSON)
        .build();
  }

  private Response report(Set<Indicator> indicators) {
    ReportRequest request = ReportRequest.of(uri.getQueryParameters(), indicators);
    return answers.answer(reports.run(request.query()), request, headers);
  }
}
