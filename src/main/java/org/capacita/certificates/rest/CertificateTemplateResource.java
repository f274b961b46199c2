package org.capacita.certificates.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.capacita.certificates.application.TemplateAdministration;
import org.capacita.certificates.domain.Wording;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/certificate-templates/{moduleCode}}: a module's certificate wording (admins). */
@Path("certificate-templates/{code}")
@RequestScoped
@Tag(name = "Certificates")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class CertificateTemplateResource {

  @Inject private TemplateAdministration administration;

  @GET
  @Operation(summary = "The wording new certificates of the module are issued with")
  @APIResponse(responseCode = "404", description = "No such module")
  public TemplateView get(@PathParam("code") String code) {
    return TemplateView.of(administration.wordingOf(code));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Word the module's certificates",
      description =
          "Placeholders: {holder} {module} {hours} {firstDay} {lastDay} {city} {issuer} {number}"
              + " {issuedOn}; anything else prints as written. Issued certificates do not change.")
  @APIResponse(responseCode = "400", description = "A text is empty or too long")
  @APIResponse(responseCode = "404", description = "No such module")
  public TemplateView put(@PathParam("code") String code, @NotNull @Valid TemplateView body) {
    return TemplateView.of(
        administration.reword(code, body.titleEn(), body.titleEs(), body.bodyEn(), body.bodyEs()));
  }

  /** A template's words, and the version (SHA-256) certificates issued from it record. */
  public record TemplateView(
      String titleEn, String titleEs, String bodyEn, String bodyEs, String version) {
    static TemplateView of(Wording w) {
      return new TemplateView(w.titleEn(), w.titleEs(), w.bodyEn(), w.bodyEs(), w.version());
    }
  }
}
