package org.capacita.accounts.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.capacita.accounts.application.ApiTokens;
import org.capacita.accounts.application.SignIn;
import org.capacita.accounts.application.SignInResult;
import org.capacita.shared.rest.ApiProblems;
import org.capacita.shared.rest.RequestLocale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/tokens}: exchange a username and password for a bearer token. */
@Path("tokens")
@RequestScoped
@Tag(name = "Authentication")
public class TokenResource {

  @Inject private SignIn signIn;
  @Inject private ApiTokens tokens;
  @Context private HttpServletRequest request;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign in and get a bearer token")
  @APIResponse(responseCode = "201", description = "The token and when it expires")
  @APIResponse(responseCode = "400", description = "Malformed body or missing fields")
  @APIResponse(responseCode = "401", description = "Wrong username or password")
  @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
  public Response create(@NotNull @Valid TokenRequest credentials) {
    SignInResult result =
        signIn.check(credentials.username(), credentials.password(), request.getRemoteAddr());
    return switch (result.outcome()) {
      case SIGNED_IN ->
          Response.status(Response.Status.CREATED)
              .entity(TokenResponse.of(tokens.issue(result.caller())))
              .build();
      case THROTTLED ->
          ApiProblems.tooManyAttempts(RequestLocale.of(headers), result.retryAfterSeconds());
      case INVALID_CREDENTIALS, NOT_CONFIRMED ->
          ApiProblems.unauthorized(RequestLocale.of(headers));
    };
  }
}
