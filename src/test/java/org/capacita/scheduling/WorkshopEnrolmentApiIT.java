package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.Mailbox;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/workshops/{id}/enrollments}: waitlist and promotion with its mail, and who may
 * enrol whom.
 */
@RunAsClient
class WorkshopEnrolmentApiIT extends WorkshopApiTest {

  @ArquillianResource private URL base;

  @Override
  URL base() {
    return base;
  }

  @Test
  void shouldWaitlistBeyondCapacityAndPromoteTheFirstWaitlistedWithAMail() throws Exception {
    String id = newWorkshop(trainer, 2, future(5));
    long first = person(null);
    long second = person(null);
    String promotedAddress = "promoted-" + UUID.randomUUID().toString().substring(0, 8) + "@x.org";
    long third = person(promotedAddress);
    long fourth = person(null);

    assertEnrolment(enrol(id, first, trainer), "ENROLLED", null);
    assertEnrolment(enrol(id, second, trainer), "ENROLLED", null);
    assertEnrolment(enrol(id, third, trainer), "WAITLISTED", 1);
    assertEnrolment(enrol(id, fourth, trainer), "WAITLISTED", 2);
    HttpResponse<String> again = enrol(id, first, trainer);
    assertEquals(409, again.statusCode(), again.body());
    JsonObject full = Http.json(http.get("api/v1/workshops/" + id, "Authorization", trainer));
    assertEquals(2, full.getInt("enrolled"));
    assertEquals(2, full.getInt("waitlisted"));

    HttpResponse<String> cancelled = delete("api/v1/workshops/" + id + "/enrollments/" + second);

    assertEquals(204, cancelled.statusCode(), cancelled.body());
    HttpResponse<String> roster = roster(id, trainer);
    assertEquals("ENROLLED", row(roster, third).getString("status"));
    assertEquals("WAITLISTED", row(roster, fourth).getString("status"));
    assertEquals(1, row(roster, fourth).getInt("position"));
    assertEquals("CANCELLED", row(roster, second).getString("status"));
    MimeMessage promotion = Mailbox.awaitMail(promotedAddress, "Tiene un cupo");
    assertTrue(promotion.getContent().toString().contains("ahora está inscrita o inscrito"));

    HttpResponse<String> shrink =
        put(
            "api/v1/workshops/" + id,
            workshop("Antofagasta", 1, future(5), "09:00", "12:00").build().toString());
    assertEquals(422, shrink.statusCode(), shrink.body());
    assertEquals(
        "capacity", Http.json(shrink).getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void shouldHideOneTrainersWorkshopFromAnotherTrainer() {
    String id = newWorkshop(trainer, 5, future(8));
    long enrolled = person(null);
    assertEnrolment(enrol(id, enrolled, trainer), "ENROLLED", null);
    String other = "Bearer " + api.tokenOf(api.newAccount("TRAINER"), Api.PASSWORD);

    assertEquals(
        404,
        http.send(
                http.request("api/v1/workshops/" + id)
                    .header("Content-Type", "application/json")
                    .header("Authorization", other)
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            workshop("Antofagasta", 9, future(8), "09:00", "12:00")
                                .build()
                                .toString())))
            .statusCode());
    assertEquals(404, enrol(id, person(null), other).statusCode());
    assertEquals(404, roster(id, other).statusCode());
    assertEquals(
        404,
        post("api/v1/workshops/" + id + "/cancellation", "{\"reason\":\"mine now\"}", other)
            .statusCode());
    assertEquals(
        404,
        http.send(
                http.request("api/v1/workshops/" + id + "/enrollments/" + enrolled)
                    .header("Authorization", other)
                    .DELETE())
            .statusCode());
    assertEquals(200, http.get("api/v1/workshops/" + id, "Authorization", other).statusCode());
    assertEquals(
        1,
        Http.json(http.get("api/v1/workshops/" + id, "Authorization", trainer)).getInt("enrolled"));
  }

  @Test
  void shouldLetALearnerEnrolAndCancelOnlyThemselfAndOnlyForFutureWorkshops() throws Exception {
    String id = newWorkshop(trainer, 5, future(6));
    String family = "Rojas " + UUID.randomUUID().toString().substring(0, 8);
    String username = api.newLearnerWithPerson("Carla", family);
    String learner = "Bearer " + api.tokenOf(username, Api.PASSWORD);
    long own = personNamed(family);
    long someoneElse = person(null);

    assertEquals(404, enrol(id, someoneElse, learner).statusCode());
    assertEnrolment(enrol(id, own, learner), "ENROLLED", null);
    assertEquals(403, roster(id, learner).statusCode());
    assertEnrolment(enrol(id, someoneElse, trainer), "ENROLLED", null);
    assertEquals(
        404,
        http.send(
                http.request("api/v1/workshops/" + id + "/enrollments/" + someoneElse)
                    .header("Authorization", learner)
                    .DELETE())
            .statusCode());
    assertEquals(
        204,
        http.send(
                http.request("api/v1/workshops/" + id + "/enrollments/" + own)
                    .header("Authorization", learner)
                    .DELETE())
            .statusCode());
    Mailbox.awaitMail(username + "@example.org", "Inscripción confirmada");

    HttpResponse<String> approval =
        post(
            "api/v1/workshops",
            workshop("Antofagasta", 5, future(6), "09:00", "13:00").add("signUpMode", "APPROVAL"),
            trainer);
    String asked = Http.json(approval).getJsonNumber("id").toString();
    assertEnrolment(enrol(asked, own, learner), "REQUESTED", null);
    HttpResponse<String> approved =
        post("api/v1/workshops/" + asked + "/enrollments/" + own + "/approval", "", trainer);
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("ENROLLED", Http.json(approved).getString("status"));

    String past = newWorkshop(trainer, 5, LocalDate.now().minusDays(30));
    HttpResponse<String> tooLate = enrol(past, own, learner);
    assertEquals(422, tooLate.statusCode(), tooLate.body());
    assertEnrolment(enrol(past, own, trainer), "ENROLLED", null);
  }
}
