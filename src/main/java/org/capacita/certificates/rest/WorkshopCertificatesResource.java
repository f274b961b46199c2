package org.capacita.certificates.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.capacita.certificates.application.CertificateArchive;
import org.capacita.certificates.application.VerificationAddress;
import org.capacita.certificates.application.WorkshopCertificates;
import org.capacita.certificates.application.WorkshopCertificates.IssueReport;
import org.capacita.certificates.domain.CertificateMail;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/workshops/{id}/certificates}: issue a workshop's certificates, list them. */
@Path("workshops/{id}/certificates")
@RequestScoped
@Tag(name = "Certificates")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class WorkshopCertificatesResource {

  @Inject private WorkshopCertificates certificates;
  @Inject private CertificateArchive archive;
  @Inject private VerificationAddress address;
  @Context private HttpServletRequest request;

  @POST
  @Operation(
      summary = "Issue a certificate for each completion of the workshop that has none",
      description =
          "Idempotent: a repeat, or a simultaneous request, issues nothing new. With"
              + " mailHolders=true each holder with an e-mail address is sent their certificate"
              + " (PDF attached, in their language), once ever, through an outbox; mailed counts"
              + " the workshop's holders whose mail is queued or sent.")
  @APIResponse(
      responseCode = "200",
      description = "{issued:[{personId,code}], alreadyIssued, mailed}")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  @APIResponse(responseCode = "422", description = "No trusted public address is configured")
  public IssuedView issue(
      @PathParam("id") long id,
      @QueryParam("mailHolders") @DefaultValue("false") boolean mailHolders) {
    String site = address.required();
    IssueReport report = certificates.issue(id, site, mailHolders);
    return new IssuedView(
        report.issued().stream()
            .map(c -> new IssuedView.Line(c.getPersonId(), c.getCode()))
            .toList(),
        report.alreadyIssued(),
        report.mailed());
  }

  @GET
  @Operation(
      summary = "The certificates issued for the workshop, by number",
      description =
          "mail: PENDING, SENT or FAILED when the holder is e-mailed the certificate, else absent")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  public List<ListedView> list(@PathParam("id") long id) {
    LocalDate today = LocalDate.now();
    Map<Long, CertificateMail.State> mails = certificates.mails(id);
    return certificates.of(id).stream()
        .map(
            c ->
                new ListedView(
                    c.getPersonId(),
                    c.getCode(),
                    c.getNumber(),
                    c.status(today).name(),
                    Optional.ofNullable(mails.get(c.getId())).map(Enum::name).orElse(null)))
        .toList();
  }

  @GET
  @Path("archive")
  @Produces("application/zip")
  @Operation(
      summary = "The workshop's valid certificates in one ZIP, streamed",
      description = "Each PDF byte for byte as issued, named certificate-<number>.pdf.")
  @APIResponse(responseCode = "404", description = "No such workshop, or another trainer's")
  public Response archive(@PathParam("id") long id) {
    List<CertificateArchive.Entry> entries = archive.entries(id);
    StreamingOutput zip = out -> archive.write(entries, out);
    return Response.ok(zip, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"certificates-" + id + ".zip\"")
        .build();
  }

  /** The answer to an issuing request. */
  public record IssuedView(List<Line> issued, int alreadyIssued, long mailed) {
    /** One certificate issued by the request. */
    public record Line(long personId, String code) {}
  }

  /** One certificate of the workshop. */
  public record ListedView(long personId, String code, long number, String status, String mail) {}
}
