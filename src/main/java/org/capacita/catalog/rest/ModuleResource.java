package org.capacita.catalog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.capacita.catalog.application.Catalog;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.rest.RequestLocale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/modules}: the published modules, for anyone, no token needed. */
@Path("modules")
@RequestScoped
@Tag(name = "Modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

  @Inject private Catalog catalog;
  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "Published modules, titled in the Accept-Language language")
  public List<ModuleView> list() {
    Locale locale = RequestLocale.of(headers);
    return catalog.published(locale, null, null, null).stream()
        .map(module -> ModuleView.of(module, locale))
        .toList();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One published module: description, lessons, tests and completion rule")
  @APIResponse(responseCode = "404", description = "No published module with this code")
  public ModuleDetailView get(@PathParam("code") String code) {
    Locale locale = RequestLocale.of(headers);
    return catalog
        .published(code)
        .map(module -> ModuleDetailView.of(module, locale))
        .orElseThrow(NotFoundException::new);
  }
}
