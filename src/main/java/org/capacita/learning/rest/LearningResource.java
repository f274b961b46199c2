package org.capacita.learning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.capacita.catalog.application.Catalog;
import org.capacita.learning.application.MyLearning;
import org.capacita.learning.application.ShownQuestion;
import org.capacita.learning.domain.TestAttempt;
import org.capacita.learning.domain.TestKind;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.rest.RequestLocale;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/learning}: the caller's own modules, lessons read and test attempts. */
@Path("learning")
@RequestScoped
@Tag(name = "Learning")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class LearningResource {

  @Inject private MyLearning learning;
  @Inject private Catalog catalog;
  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "The caller's modules with their progress")
  public List<EnrolmentView> mine() {
    return learning.enrolments().stream().map(EnrolmentView::of).toList();
  }

  @POST
  @Path("{code}")
  @Operation(summary = "Enrol the caller in a published module (again: the same enrolment)")
  @APIResponse(responseCode = "404", description = "No published module with this code")
  @APIResponse(responseCode = "422", description = "The account has no person record")
  public EnrolmentView enrol(@PathParam("code") String code) {
    return EnrolmentView.of(learning.enrol(code));
  }

  @POST
  @Path("{code}/lessons/{number}/read")
  @Operation(summary = "Mark a lesson read; lessons go in order, after the pre-test")
  public EnrolmentView read(@PathParam("code") String code, @PathParam("number") int number) {
    return EnrolmentView.of(learning.finishLesson(code, number));
  }

  @POST
  @Path("{code}/attempts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sit the pre- or post-test: the open attempt, or a new shuffled one")
  @APIResponse(responseCode = "201", description = "The attempt, questions in the served order")
  @APIResponse(responseCode = "422", description = "Not this test's turn, or no attempt left")
  public Response start(@PathParam("code") String code, AttemptRequest request) {
    TestAttempt attempt = learning.startTest(code, kind(request));
    return Response.created(UriBuilder.fromPath("learning/attempts/{id}").build(attempt.getId()))
        .entity(view(attempt))
        .build();
  }

  @GET
  @Path("attempts/{id}")
  @Operation(summary = "One of the caller's attempts")
  @APIResponse(responseCode = "404", description = "No such attempt, or another person's")
  public AttemptView attempt(@PathParam("id") long id) {
    return view(learning.attempt(id));
  }

  @POST
  @Path("attempts/{id}/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit the chosen options; the server scores them")
  @APIResponse(responseCode = "404", description = "No such attempt, or another person's")
  @APIResponse(responseCode = "409", description = "The attempt was submitted already")
  public AttemptView submit(@PathParam("id") long id, AnswersRequest request) {
    Map<String, Integer> chosen = new LinkedHashMap<>();
    if (request != null && request.answers() != null) {
      for (AnswersRequest.Answer answer : request.answers()) {
        if (answer != null && answer.question() != null && answer.option() != null) {
          chosen.put(answer.question(), answer.option());
        }
      }
    }
    return view(learning.submit(id, chosen));
  }

  private AttemptView view(TestAttempt attempt) {
    String code = attempt.getEnrolment().getModule().getCode();
    List<ShownQuestion> questions =
        catalog
            .find(code)
            .map(content -> ShownQuestion.of(attempt, content, RequestLocale.of(headers)))
            .orElseThrow(() -> new BusinessRuleException("learning.moduleUnavailable"));
    return AttemptView.of(attempt, questions);
  }

  private static TestKind kind(AttemptRequest request) {
    try {
      return TestKind.valueOf(request == null ? "" : String.valueOf(request.kind()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "learning.api.kind");
    }
  }
}
