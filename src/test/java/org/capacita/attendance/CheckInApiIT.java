package org.capacita.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.capacita.attendance.CheckInFixtures.Learner;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.PageClient;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Self check-in through the API, on the configured database: the trainer's current code, a
 * participant's check-in with it, a code one step late (accepted) and two steps late (refused),
 * another session's code, someone not enrolled, a session whose check-in is not open, and who may
 * see the code. The test servers change codes every {@code capacita.test.check-in-step} (10 s)
 * rather than 30 s, so that a late code can be awaited.
 */
@RunAsClient
class CheckInApiIT extends org.capacita.support.RunningApplication {

  @ArquillianResource private URL base;

  private CheckInFixtures world;

  @BeforeEach
  void arrange() {
    world = new CheckInFixtures(base);
  }

  @Test
  void shouldCheckInWithTheCurrentCodeAndRefuseAnotherSessionsCodeAndTheNotEnrolled() {
    String workshop = world.workshopNow("Trata y salud");
    String elsewhere = world.workshopNow("Otra sede");
    Learner enrolled = world.learner("María José", "Núñez Pérez");
    Learner stranger = world.learner("Pedro", "Soto");
    world.enrol(workshop, enrolled.personId());
    world.enrol(elsewhere, stranger.personId());

    JsonObject shown = world.currentCode(workshop);
    String code = shown.getString("code");
    assertTrue(code.matches("[ACDEFGHJKMNPQRTUVWXY34679]{6}"), code);
    assertTrue(
        shown.getString("link").endsWith("/attendance/check-in.xhtml?code=" + code),
        shown.toString());
    assertEquals(0, shown.getInt("present"));

    HttpResponse<String> other =
        world.checkIn(workshop, world.currentCode(elsewhere).getString("code"), enrolled.token());
    assertEquals(422, other.statusCode(), other.body());
    assertTrue(Http.json(other).getString("detail").contains("otra sesión"), other.body());

    HttpResponse<String> checkedIn = world.checkIn(workshop, code, enrolled.token());
    assertEquals(200, checkedIn.statusCode(), checkedIn.body());
    assertEquals(enrolled.personId(), Http.json(checkedIn).getJsonNumber("personId").longValue());
    assertEquals(1, world.currentCode(workshop).getInt("present"));
    HttpResponse<String> again = world.checkIn(workshop, code, enrolled.token());
    assertEquals(200, again.statusCode(), "checking in twice changes nothing: " + again.body());
    assertEquals(1, world.currentCode(workshop).getInt("present"));

    HttpResponse<String> notEnrolled = world.checkIn(workshop, code, stranger.token());
    assertEquals(422, notEnrolled.statusCode(), notEnrolled.body());
    assertTrue(Http.json(notEnrolled).getString("detail").contains("No está inscrita"));
    HttpResponse<String> wrong = world.checkIn(workshop, "ACDEFG", enrolled.token());
    assertEquals(422, wrong.statusCode(), wrong.body());
    assertEquals(1, world.currentCode(workshop).getInt("present"));
  }

  @Test
  void shouldAcceptACodeOneStepLateAndRefuseItTwoStepsLate() throws Exception {
    String workshop = world.workshopNow("Pasos del código");
    Learner first = world.learner("Ana", "Quispe Mamani");
    Learner second = world.learner("Rosa", "Flores");
    world.enrol(workshop, first.personId());
    world.enrol(workshop, second.personId());
    JsonObject shown = world.currentCode(workshop);
    String code = shown.getString("code");
    Instant changes = Instant.parse(shown.getString("changesAt"));
    Duration step =
        Duration.ofSeconds(
            Long.parseLong(System.getProperty("capacita.test.check-in-step-seconds", "10")));

    sleepUntil(changes.plusMillis(300));
    assertTrue(!code.equals(world.currentCode(workshop).getString("code")), "the code changed");
    HttpResponse<String> oneLate = world.checkIn(workshop, code, first.token());
    assertEquals(200, oneLate.statusCode(), "one step late: " + oneLate.body());

    sleepUntil(changes.plus(step).plusMillis(300));
    HttpResponse<String> twoLate = world.checkIn(workshop, code, second.token());
    assertEquals(422, twoLate.statusCode(), "two steps late: " + twoLate.body());
    assertTrue(Http.json(twoLate).getString("detail").contains("caducó"), twoLate.body());
    assertEquals(1, world.currentCode(workshop).getInt("present"));
  }

  @Test
  void shouldRefuseCheckInOutsideTheSessionsWindow() {
    String tomorrow =
        world.workshop(
            "Mañana",
            "America/Santiago",
            LocalDate.now().plusDays(2),
            LocalTime.of(9, 0),
            LocalTime.of(12, 0));
    Learner learner = world.learner("Luz", "Vargas");
    world.enrol(tomorrow, learner.personId());

    HttpResponse<String> shown = world.code(tomorrow, world.trainer);
    assertEquals(409, shown.statusCode(), shown.body());
    HttpResponse<String> refused = world.checkIn(tomorrow, "ACDEFG", learner.token());
    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(Http.json(refused).getString("detail").contains("no está abierto"), refused.body());
  }

  @Test
  void shouldShowTheCodeOnlyToLeadsAndTheWorkshopsTrainers() {
    String workshop = world.workshopNow("Solo quien facilita");
    String otherTrainer =
        "Bearer " + world.api.tokenOf(world.api.newAccount("TRAINER"), Api.PASSWORD);
    Learner learner = world.learner("Inés", "Rojas");
    world.enrol(workshop, learner.personId());

    assertEquals(404, world.code(workshop, otherTrainer).statusCode());
    assertEquals(403, world.code(workshop, learner.token()).statusCode());
    assertEquals(200, world.code(workshop, "Bearer " + world.api.demoToken("lead")).statusCode());
    assertEquals(404, world.code("999999999", world.trainer).statusCode());

    String page = "workshop=" + workshop + "&session=1";
    PageClient others = new PageClient(base);
    others.signIn(learner.username(), Api.PASSWORD);
    assertEquals(404, others.get("attendance/check-in-code.xhtml?" + page).statusCode());
    assertEquals(404, others.get("attendance/paper-import.xhtml?" + page).statusCode());
    assertEquals(404, others.get("attendance/sign-in-sheet.pdf?" + page).statusCode());
    PageClient own = new PageClient(base);
    own.signIn("trainer", TestSettings.demoPassword());
    assertEquals(200, own.get("attendance/check-in-code.xhtml?" + page).statusCode());
    assertEquals(200, own.get("attendance/paper-import.xhtml?" + page).statusCode());
    assertEquals(
        404,
        own.get("attendance/check-in-code.xhtml?workshop=" + workshop + "&session=2").statusCode());
  }

  @Test
  void shouldLockACallerAfterFiveWrongCodesInARow() {
    String workshop = world.workshopNow("Códigos al azar");
    Learner guesser = world.learner("Tomás", "Guerrero Silva");
    world.enrol(workshop, guesser.personId());
    String code = world.currentCode(workshop).getString("code");

    for (String wrong : new String[] {"ACDEFG", "CDEFGH", "DEFGHJ", "EFGHJK", "FGHJKM"}) {
      assertEquals(422, world.checkIn(workshop, wrong, guesser.token()).statusCode());
    }
    HttpResponse<String> locked = world.checkIn(workshop, code, guesser.token());

    assertEquals(422, locked.statusCode(), locked.body());
    assertTrue(Http.json(locked).getString("detail").contains("Demasiados"), locked.body());
    assertEquals(0, world.currentCode(workshop).getInt("present"));
  }

  private static void sleepUntil(Instant moment) throws InterruptedException {
    long wait = Duration.between(Instant.now(), moment).toMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }
}
