package org.capacita.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.capacita.attendance.CheckInFixtures.Learner;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.Http;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A participant on a phone (390 px) opens the scanned link while signed out, signs in and is
 * checked in with that code; a code two steps old is refused. And the trainer's screen shows the
 * code it is the QR code of.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class CheckInUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldKeepTheScannedCheckInThroughSignInAndRefuseAnExpiredCode() throws Exception {
    CheckInFixtures world = new CheckInFixtures(base);
    String workshop = world.workshopNow("Taller en la sala");
    Learner learner = world.learner("Josefina", "Araya Muñoz");
    world.enrol(workshop, learner.personId());
    JsonObject shown = world.currentCode(workshop);

    try (Browser phone = Browser.open(base, "es")) {
      phone.open(shown.getString("link"));
      phone.width(390);
      String pending = phone.text("#pending");
      assertTrue(pending.contains("Se aceptó su código para la sesión 1"), pending);
      assertTrue(pending.contains("Taller en la sala " + world.tag), pending);
      assertTrue(!phone.url().contains("code="), "the code leaves the address: " + phone.url());

      phone.click("#signIn");
      phone.type("#login\\:username", learner.username());
      phone.type("#login\\:password", Api.PASSWORD);
      phone.click("#login\\:signIn");

      String done = phone.messagesOnceShowing("quedó registrada");
      assertTrue(done.contains("Su asistencia quedó registrada en la sesión 1"), done);
      assertEquals("PRESENT/QR", markOf(world, workshop, learner.personId()));

      JsonObject old = world.currentCode(workshop);
      Instant changes = Instant.parse(old.getString("changesAt"));
      long step = Long.parseLong(System.getProperty("capacita.test.check-in-step-seconds", "10"));
      Thread.sleep(
          Math.max(0, Duration.between(Instant.now(), changes.plusSeconds(step)).toMillis() + 500));
      phone.open(old.getString("link"));
      String refused = phone.messages();
      assertTrue(refused.contains("Este código ya caducó"), refused);
    }
  }

  @Test
  void shouldShowTheTrainerTheCodeBesideItsQrCode() throws Exception {
    CheckInFixtures world = new CheckInFixtures(base);
    String workshop = world.workshopNow("Pantalla del código");
    try (Browser screen = Browser.open(base, "es")) {
      screen.signIn("trainer", org.capacita.support.TestSettings.demoPassword());
      String before = world.currentCode(workshop).getString("code");
      screen.go("attendance/check-in-code.xhtml?workshop=" + workshop + "&session=1");
      String after = world.currentCode(workshop).getString("code");
      assertTrue(screen.has("svg.qr-code"), "a QR code");
      String typed = screen.text("#typedCode").replace(" ", "");
      assertTrue(typed.equals(before) || typed.equals(after), typed + " is the current code");
      assertTrue(screen.text("#codeForm").contains("Presentes hasta ahora: 0"));
      screen.width(390);
      assertTrue(screen.has("#typedCode"));
    }
  }

  private static String markOf(CheckInFixtures world, String workshop, long person) {
    HttpResponse<String> marks =
        world.http.get(
            "api/v1/workshops/" + workshop + "/sessions/1/attendance",
            "Authorization",
            world.trainer);
    assertEquals(200, marks.statusCode(), marks.body());
    return Http.jsonArray(marks).stream()
        .map(JsonObject.class::cast)
        .filter(m -> m.getJsonNumber("personId").longValue() == person)
        .map(m -> m.getString("status", "") + "/" + m.getString("channel", ""))
        .findFirst()
        .orElse("");
  }
}
