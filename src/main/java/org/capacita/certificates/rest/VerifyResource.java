package org.capacita.certificates.rest;

import jakarta.annotation.security.PermitAll;
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

/**
 * {@code /api/v1/verify}: public verification, no token: {@code GET /verify/{code}} a code's
 * certificate and status; {@code POST /verify} with a PDF body whether it is one issued here.
 */
@Path("verify")
@RequestScoped
@Tag(name = "Certificates")
@PermitAll
public class VerifyResource {

  private static final int MAX_BYTES = 2 * 1024 * 1024;

  @Inject private Verification verification;
  @Context private HttpHeaders headers;
  @Context private HttpServletRequest request;

  @GET
  @Path("{code}")
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
      return tooMany(e, locale);
    }
  }

  @POST
  @Consumes("application/pdf")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Is this PDF a certificate issued here, unaltered?",
      description =
          "{genuine: true, certificate: {as GET}} when the PDF is byte for byte one issued here;"
              + " {genuine: false} otherwise (altered, or not from here).")
  @APIResponse(responseCode = "413", description = "Larger than 2 MB")
  @APIResponse(responseCode = "429", description = "Too many verifications; see Retry-After")
  public Response check(byte[] pdf) {
    Locale locale = RequestLocale.of(headers);
    if (pdf == null || pdf.length > MAX_BYTES) {
      return Problem.of(413, locale).toResponse();
    }
    try {
      return Response.ok(
              verification
                  .check(pdf, request.getRemoteAddr())
                  .map(v -> new Checked(true, VerificationView.of(v, locale)))
                  .orElse(new Checked(false, null)))
          .build();
    } catch (TooManyVerifications e) {
      return tooMany(e, locale);
    }
  }

  private static Response tooMany(TooManyVerifications e, Locale locale) {
    long seconds = Math.max(1, e.retryAfter().toSeconds());
    return Problem.of(429, locale)
        .detail(Messages.get(locale, "certificates.verify.tooMany", seconds))
        .header("Retry-After", seconds)
        .toResponse();
  }

  /** Whether a PDF is a certificate issued here, unaltered, and which. */
  public record Checked(boolean genuine, VerificationView certificate) {}
}
