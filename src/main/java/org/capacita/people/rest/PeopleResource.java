package org.capacita.people.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.capacita.people.application.DuplicateReview;
import org.capacita.people.application.PersonDirectory;
import org.capacita.people.application.PersonInput;
import org.capacita.people.application.Registry;
import org.capacita.people.domain.DuplicateCandidate;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonMatcher;
import org.capacita.people.domain.PersonMerge;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.rest.Page;
import org.capacita.shared.rest.Paging;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/people}: the registry of persons. */
@Path("people")
@RequestScoped
@Tag(name = "People")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject private Registry registry;
  @Inject private PersonDirectory directory;
  @Inject private DuplicateReview review;
  private final PersonMatcher matcher = new PersonMatcher();

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(summary = "Register a person")
  @APIResponse(responseCode = "201", description = "The new person")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "409", description = "Same national ID and country: duplicateOf")
  @APIResponse(responseCode = "422", description = "Unknown sector or country code")
  public Response register(@NotNull @Valid PersonInput input) {
    Person person = registry.register(input);
    return Response.created(UriBuilder.fromPath("people/{id}").build(person.getId()))
        .entity(PersonView.of(person))
        .build();
  }

  @GET
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(summary = "Search persons by name, e-mail, national ID or institution")
  public Page<PersonView> search(
      @QueryParam("q") @DefaultValue("") String query,
      @QueryParam("page") @DefaultValue("0") long page,
      @QueryParam("size") @DefaultValue("50") long size) {
    Paging paging = Paging.of(page, size);
    var found = directory.page(query, paging.first(), paging.size());
    return new Page<>(found.persons().stream().map(PersonView::of).toList(), found.total());
  }

  @GET
  @Path("duplicates")
  @RolesAllowed(Role.LEAD_NAME)
  @Operation(
      summary =
          "Pairs of records that may be one person, best first, with the fields that agree"
              + " and differ")
  public Page<DuplicatePair> duplicates(
      @QueryParam("minScore") @DefaultValue("0") double minScore,
      @QueryParam("person") @Parameter(description = "Only the pairs holding this person")
          Long person,
      @QueryParam("page") @DefaultValue("0") long page,
      @QueryParam("size") @DefaultValue("50") long size) {
    Paging paging = Paging.of(page, size);
    // written so that NaN, for which every comparison is false, is refused too
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new InvalidInputException("minScore", "problem.field.minScore");
    }
    List<DuplicateCandidate> pairs =
        person == null
            ? review.pending(minScore, paging.first(), paging.size())
            : review.pendingOf(person, minScore, paging.first(), paging.size());
    return new Page<>(
        pairs.stream().map(candidate -> DuplicatePair.of(candidate, matcher)).toList(),
        person == null ? review.countPending(minScore) : review.countPendingOf(person, minScore));
  }

  @POST
  @Path("{id}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.LEAD_NAME)
  @Operation(summary = "Merge a duplicate into this person; its records move here")
  @APIResponse(
      responseCode = "200",
      description = "The surviving person; Location names the merge, for undoing it")
  @APIResponse(responseCode = "404", description = "No such person")
  public Response merge(@PathParam("id") long id, @NotNull @Valid MergeRequest request) {
    PersonMerge merge = review.merge(id, request.duplicateId());
    return Response.ok(PersonView.of(merge.getSurvivor()))
        .location(UriBuilder.fromPath("people/merges/{id}").build(merge.getId()))
        .build();
  }

  @POST
  @Path("merges/{mergeId}/undo")
  @RolesAllowed(Role.LEAD_NAME)
  @Operation(summary = "Undo a merge: the duplicate becomes a person of its own again")
  public Response undo(@PathParam("mergeId") long mergeId) {
    review.undo(mergeId);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(summary = "One person: leads and trainers, or the person themself")
  @APIResponse(responseCode = "404", description = "No such person, or not yours to see")
  public PersonView get(@PathParam("id") long id) {
    return PersonView.of(directory.visible(id));
  }
}
