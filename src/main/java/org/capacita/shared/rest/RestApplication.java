package org.capacita.shared.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api/v1}, described at {@code /openapi}. */
@ApplicationPath("api/v1")
@DeclareRoles({"ADMIN", "LEAD", "TRAINER", "LEARNER"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Capacita API",
            version = "1",
            description = "Training records for counter-trafficking capacity-building programmes.",
            license =
                @License(name = "AGPL-3.0", url = "https://www.gnu.org/licenses/agpl-3.0.html")))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A token from POST /api/v1/tokens")
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
