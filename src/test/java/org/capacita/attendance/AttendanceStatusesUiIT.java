package org.capacita.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Locale;
import java.util.UUID;
import org.capacita.support.Browser;
import org.capacita.support.NeedsChromium;
import org.capacita.support.PageClient;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code admin/attendance-statuses.xhtml}: an admin adds a status (code, names in English and
 * Spanish, whether it counts as attended), then changes it; leads, trainers and learners are
 * refused the page. The status the test adds is never offered on roll calls (it is added retired),
 * so that the roll calls of the tests running beside it stay as they are.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class AttendanceStatusesUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldLetAnAdminAddAStatusAndChangeWhetherItCountsAsAttended() throws Exception {
    String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    try (Browser admin = Browser.open(base, "es")) {
      admin.signIn("admin", TestSettings.demoPassword());
      admin.go("admin/attendance-statuses.xhtml").width(390);
      admin.type("#status\\:code", code.toLowerCase(Locale.ROOT));
      admin.type("#status\\:nameEn", "Online " + code);
      admin.type("#status\\:nameEs", "En línea " + code);
      admin.check("#status\\:counts .ui-chkbox-box");
      admin.check("#status\\:active .ui-chkbox-box");
      admin.click("#status\\:save");
      assertTrue(admin.messages().contains(code), admin.messages());
      String row = rowOf(admin, code);
      assertTrue(row.contains("En línea " + code), row);
      assertTrue(row.contains("Sí") && row.contains("No"), "counts, not offered: " + row);

      admin.go("admin/attendance-statuses.xhtml?code=" + code);
      assertEquals("true", admin.find("#status\\:code").getAttribute("readonly"));
      admin.type("#status\\:nameEs", "A distancia " + code);
      admin.check("#status\\:counts .ui-chkbox-box");
      admin.click("#status\\:save");
      row = rowOf(admin, code);
      assertTrue(row.contains("A distancia " + code), row);
      assertFalse(row.contains("Sí"), "neither counts nor offered now: " + row);

      admin.go("admin/attendance-statuses.xhtml");
      admin.type("#status\\:code", code);
      admin.type("#status\\:nameEn", "Twice");
      admin.type("#status\\:nameEs", "Dos veces");
      admin.check("#status\\:active .ui-chkbox-box");
      admin.click("#status\\:save");
      assertTrue(admin.messages().contains("Ya existe un estado"), admin.messages());
    }
  }

  @Test
  void shouldRefuseThePageToEveryoneButAdmins() {
    for (String user : new String[] {"lead", "trainer", "learner"}) {
      PageClient client = new PageClient(base);
      client.signIn(user, TestSettings.demoPassword());
      assertEquals(
          403, client.get("admin/attendance-statuses.xhtml").statusCode(), user + " is refused");
    }
  }

  private static String rowOf(Browser browser, String code) {
    return browser
        .driver()
        .findElement(org.openqa.selenium.By.xpath("//tr[.//code[text()='" + code + "']]"))
        .getText();
  }
}
