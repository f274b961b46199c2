package org.capacita.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.capacita.accounts.application.AccountAdministration;
import org.capacita.accounts.application.MyAccount;
import org.capacita.accounts.application.NewAccount;
import org.capacita.accounts.domain.Account;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/accounts}: administrators open accounts; everyone can read their own. */
@Path("accounts")
@RequestScoped
@Tag(name = "Accounts")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject private AccountAdministration administration;
  @Inject private MyAccount myAccount;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Open an account")
  @APIResponse(responseCode = "201", description = "The new account")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "409", description = "The username is taken")
  public Response create(@NotNull @Valid NewAccount request) {
    Account account = administration.create(request);
    return Response.created(UriBuilder.fromPath("accounts/{id}").build(account.getId()))
        .entity(AccountView.of(account))
        .build();
  }

  @GET
  @Path("me")
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
  @Operation(summary = "The caller's own account")
  public AccountView me() {
    return AccountView.of(myAccount.current());
  }
}
