package org.capacita.certificates.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.capacita.certificates.application.Verification;
import org.capacita.certificates.application.Verification.TooManyVerifications;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.rest.Problem;
import org.capacita.shared.rest.RequestLocale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/verify/{code}}: public verification of a certificate, no token. */
@Path("verify/{code}")
@RequestScoped
@Tag(name = "Certificates")
@PermitAll
public class VerifyResource {

  @Inject private Verification verification;
  @Context private HttpHeaders headers;
  @Context private HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Is this certificate valid? Status and what the certificate itself shows",
      description = "VALID, REVOKED (with day and reason), EXPIRED or SUPERSEDED (by a code).")
  @APIResponse(responseCode = "404", description = "No certificate has this code")
  @APIResponse(responseCode = "429", description = "Too many verifications; see Retry-After")
  public Response verify(@PathParam("code") String code) {
    Locale locale = RequestLocale.of(headers);
    try {
      return Response.ok(
              VerificationView.of(
                  verification
                      .verify(code, request.getRemoteAddr())
                      .orElseThrow(NotFoundException::new),
                  locale))
          .build();
    } catch (TooManyVerifications e) {
      long seconds = Math.max(1, e.retryAfter().toSeconds());
      return Problem.of(429, locale)
          .detail(Messages.get(locale, "certificates.verify.tooMany", seconds))
          .header("Retry-After", seconds)
          .toResponse();
    }
  }
}
