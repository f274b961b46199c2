package org.capacita.certificates.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import org.capacita.certificates.application.HeldCertificates;
import org.capacita.certificates.application.Revocations;
import org.capacita.certificates.application.VerificationAddress;
import org.capacita.certificates.domain.Certificate;
import org.capacita.shared.rest.RequestLocale;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/certificates/{code}}: one certificate, as the PDF issued or as JSON, for its
 * holder, the trainers of its workshop and leads (anybody else: 404); revocation and re-issue by
 * leads.
 */
@Path("certificates/{code}")
@RequestScoped
@Tag(name = "Certificates")
@SecurityRequirement(name = "bearer")
public class CertificateResource {

  private static final String PDF = "application/pdf";

  @Inject private HeldCertificates held;
  @Inject private Revocations revocations;
  @Inject private VerificationAddress address;
  @Context private HttpHeaders headers;

  @GET
  @Produces(PDF)
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(summary = "The certificate's PDF, byte for byte as issued")
  @APIResponse(responseCode = "404", description = "No such certificate, or not yours to see")
  public Response pdf(@PathParam("code") String code) {
    Certificate certificate = held.get(code);
    return Response.ok(held.pdf(code), PDF)
        .header(
            "Content-Disposition",
            "attachment; filename=\"certificate-" + certificate.getNumber() + ".pdf\"")
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(summary = "The certificate's facts, status and digest")
  @APIResponse(responseCode = "404", description = "No such certificate, or not yours to see")
  public CertificateView get(@PathParam("code") String code) {
    return view(held.get(code));
  }

  @POST
  @Path("revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.LEAD_NAME)
  @Operation(summary = "Revoke the certificate, for a reason (programme leads)")
  @APIResponse(responseCode = "404", description = "No such certificate")
  @APIResponse(responseCode = "409", description = "Revoked already")
  public CertificateView revoke(@PathParam("code") String code, @NotNull @Valid Reason body) {
    return view(revocations.revoke(code, body.reason()));
  }

  @POST
  @Path("reissue")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.LEAD_NAME)
  @Operation(
      summary = "Re-issue under a corrected holder name (programme leads)",
      description = "The old certificate is superseded and names the new one; both codes answer.")
  @APIResponse(responseCode = "404", description = "No such certificate")
  @APIResponse(responseCode = "409", description = "Revoked or superseded already")
  public CertificateView reissue(@PathParam("code") String code, @NotNull @Valid Rename body) {
    String site = address.required();
    return view(revocations.reissue(code, body.holderName(), site));
  }

  private CertificateView view(Certificate certificate) {
    return CertificateView.of(
        certificate, certificate.status(LocalDate.now()), RequestLocale.of(headers));
  }

  /** Why a certificate is revoked. */
  public record Reason(String reason) {}

  /** The holder's name as corrected. */
  public record Rename(String holderName) {}
}
