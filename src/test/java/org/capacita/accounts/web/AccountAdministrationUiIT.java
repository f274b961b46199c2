package org.capacita.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An administrator opens an account, changes its roles and disables it, in Spanish. */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class AccountAdministrationUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldOpenAnAccountChangeItsRolesAndDisableIt() throws Exception {
    String username = "carla-" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser admin = Browser.open(base, "es")) {
      admin.signIn("admin", TestSettings.demoPassword());
      admin.go("admin/account-new.xhtml");
      admin.type("#account\\:username", username);
      admin.type("#account\\:email", username + "@minsal.example.cl");
      admin.type("#account\\:password", Api.PASSWORD);
      admin.check("label[for='account:roles:2']");
      admin.click("#account\\:create");
      assertTrue(
          admin.messages().contains("Cuenta \u2068" + username + "\u2069 creada"),
          admin.messages());

      try (Browser trainer = Browser.open(base, "es")) {
        trainer.signIn(username, Api.PASSWORD);
        assertEquals("Inicio", trainer.heading());
        assertTrue(trainer.text("main").contains("Talleres y personas"));
      }

      assertEquals(username, admin.text("#username"));
      admin.check("label[for='account:roles:1']");
      admin.click("#account\\:saveRoles");
      assertTrue(admin.messages().contains("Roles guardados"), admin.messages());
      admin.click("#account\\:disable");
      assertEquals("Desactivada", admin.text("#status"));
    }
    try (Browser former = Browser.open(base, "es")) {
      former.signIn(username, Api.PASSWORD);
      assertTrue(
          former.messages().contains("no son correctos"), "a disabled account cannot sign in");
    }
  }

  @Test
  void shouldAddASectorThatTheApiThenLists() throws Exception {
    String code = "customs_" + UUID.randomUUID().toString().substring(0, 4);
    try (Browser admin = Browser.open(base, "es")) {
      admin.signIn("admin", TestSettings.demoPassword());
      admin.go("admin/sectors.xhtml");
      admin.type("#sector\\:code", code);
      admin.type("#sector\\:nameEn", "Customs");
      admin.type("#sector\\:nameEs", "Aduanas");
      admin.click("#sector\\:add");
      assertTrue(
          admin.messages().contains("Sector \u2068" + code + "\u2069 agregado"), admin.messages());
      assertTrue(admin.text("#list\\:sectors").contains("Aduanas"));
    }
    Api api = new Api(base);
    String sectors =
        api.http()
            .get(
                "api/v1/sectors",
                "Authorization",
                "Bearer " + api.demoToken("trainer"),
                "Accept-Language",
                "es")
            .body();
    assertTrue(sectors.contains("{\"code\":\"" + code + "\",\"name\":\"Aduanas\"}"), sectors);
  }

  @Test
  void shouldExplainWhatIsMissingInTheNewAccountForm() throws Exception {
    try (Browser admin = Browser.open(base, "es")) {
      admin.signIn("admin", TestSettings.demoPassword());
      admin.go("admin/account-new.xhtml");
      admin.type("#account\\:username", "admin");
      admin.type("#account\\:email", "otra@example.org");
      admin.type("#account\\:password", Api.PASSWORD);
      admin.click("#account\\:create");

      assertTrue(admin.messages().contains("Elija al menos un rol"), admin.messages());
      admin.check("label[for='account:roles:0']");
      admin.type("#account\\:password", Api.PASSWORD);
      admin.click("#account\\:create");
      assertTrue(admin.messages().contains("ya existe"), admin.messages());
    }
  }
}
