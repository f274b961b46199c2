package org.capacita.completion.rest;

import jakarta.annotation.security.RolesAllowed;
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
import org.capacita.completion.application.Completions;
import org.capacita.people.application.PersonDirectory;
import org.capacita.shared.rest.RequestLocale;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/people/{id}/completions}: a person's training record, newest first. */
@Path("people/{id}/completions")
@RequestScoped
@Tag(name = "Closure and completion")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {

  @Inject private PersonDirectory directory;
  @Inject private Completions completions;
  @Context private HttpHeaders headers;

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(
      summary =
          "The person's completions with the facts copied when each was recorded (module,"
              + " dates, venue, project, trainers, the participant's sector, institution and"
              + " workplace then, scores)")
  @APIResponse(responseCode = "404", description = "No such person, or not yours to see")
  public List<CompletionView> completions(@PathParam("id") long id) {
    directory.visible(id);
    Locale locale = RequestLocale.of(headers);
    return completions.ofPerson(id).stream().map(c -> CompletionView.of(c, locale)).toList();
  }
}
