package org.capacita.people.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.capacita.people.application.PersonDirectory;
import org.capacita.shared.rest.RequestLocale;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/sectors}: the sector codes, named in the request's language. */
@Path("sectors")
@RequestScoped
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
public class SectorResource {

  @Inject private PersonDirectory directory;
  @Context private HttpHeaders headers;

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(summary = "Sector codes and names")
  public List<SectorView> list() {
    Locale locale = RequestLocale.of(headers);
    return directory.sectors().stream()
        .map(sector -> new SectorView(sector.getCode(), sector.name(locale)))
        .toList();
  }

  /** One sector: its code and its name. */
  public record SectorView(String code, String name) {}
}
