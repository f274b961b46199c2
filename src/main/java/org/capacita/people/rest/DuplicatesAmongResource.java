package org.capacita.people.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.capacita.people.application.DuplicateScreening;
import org.capacita.people.application.PossibleDuplicates;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/people/duplicates/among}: how many possible duplicates still await review
 * among a set of people, for a report's caveat beside its total.
 */
@Path("people/duplicates/among")
@RequestScoped
@Tag(name = "People")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicatesAmongResource {

  /** The most people one request may name. */
  static final int MAX_PEOPLE = 100_000;

  @Inject private PossibleDuplicates duplicates;
  @Inject private DuplicateScreening screening;

  /** The body: the ids of the people a report counts. */
  public record PeopleRequest(@PersonIdList List<@NotNull Long> personIds) {}

  /**
   * The answer: pending pairs with both records among the people, how many of the people are in
   * one, and how many imported persons the screening has still to compare (while it is above 0 the
   * count may still grow).
   */
  public record AmongView(long pairs, long persons, long screeningWaiting) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
  @Operation(summary = "Possible duplicates awaiting review among these people")
  @APIResponse(responseCode = "200", description = "{pairs, persons, screeningWaiting}")
  @APIResponse(responseCode = "400", description = "No personIds, or more than 100,000")
  public AmongView among(@NotNull @Valid PeopleRequest request) {
    PossibleDuplicates.Caveat caveat = duplicates.among(request.personIds());
    return new AmongView(caveat.pairs(), caveat.persons(), screening.waiting());
  }
}
