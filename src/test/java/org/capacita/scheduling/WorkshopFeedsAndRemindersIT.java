package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.capacita.support.Api;
import org.capacita.support.Mailbox;
import org.capacita.support.PageClient;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Workshops in calendars ({@code /api/v1/workshops/{id}/calendar}, the workshop page's download, a
 * trainer's secret feed address) and the reminder mail the timer sends before a workshop.
 */
@RunAsClient
class WorkshopFeedsAndRemindersIT extends WorkshopApiTest {

  private static final String TRICKY_TITLE = "Trata, salud; \"niñez\" y género\nÑuñoa \\ norte";
  private static final Pattern FEED_URL =
      Pattern.compile("https?://[^\"]*/calendar/trainers/[A-Za-z0-9_-]+\\.ics");

  /** PrimeFaces' CSP nonce, which its script adds to every post as {@code primefaces.nonce}. */
  private static final Pattern NONCE = Pattern.compile(" nonce=\"([^\"]+)\"");

  @ArquillianResource private URL base;

  @Override
  URL base() {
    return base;
  }

  @Test
  void shouldServeOneEventPerSessionInTheVenueZoneAndMarkACancelledWorkshop() throws Exception {
    LocalDate day = future(20);
    HttpResponse<String> created =
        post(
            "api/v1/workshops",
            workshop("Antofagasta", 10, day, "09:00", "13:00", day.plusDays(1), "14:00", "17:30")
                .add("title", TRICKY_TITLE),
            trainer);
    assertEquals(201, created.statusCode(), created.body());
    String id = org.capacita.support.Http.json(created).getJsonNumber("id").toString();

    HttpResponse<String> response = calendar(id, learner());

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    Calendar calendar = parse(response.body());
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(2, events.size(), response.body());
    VEvent first = event(events, "workshop-" + id + "-session-1@capacita");
    VEvent second = event(events, "workshop-" + id + "-session-2@capacita");
    assertEquals(TRICKY_TITLE, first.getSummary().getValue());
    assertTrue(response.body().contains("Trata\\, salud\\; "), response.body());
    assertEquals(
        "America/Santiago", first.getDateTimeStart().getParameter("TZID").get().getValue());
    assertEquals(day.atTime(9, 0), local(first.getDateTimeStart().getDate()));
    assertEquals(day.plusDays(1).atTime(17, 30), local(second.getDateTimeEnd().getDate()));
    assertFalse(calendar.getComponents("VTIMEZONE").isEmpty(), response.body());
    assertTrue(first.getLocation().getValue().contains("Hospital Regional, auditorium"));
    assertTrue(first.getLocation().getValue().contains("Antofagasta"));
    assertTrue(first.getDescription().getValue().contains("workshop.xhtml?id=" + id));
    assertEquals("CONFIRMED", property(first, "STATUS"));
    assertEquals("0", property(first, "SEQUENCE"));

    HttpResponse<String> cancelled =
        post("api/v1/workshops/" + id + "/cancellation", "{\"reason\":\"Paro\"}", trainer);
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    VEvent after =
        event(
            parse(calendar(id, learner()).body()).getComponents("VEVENT"),
            "workshop-" + id + "-session-1@capacita");
    assertEquals("CANCELLED", property(after, "STATUS"));
    assertEquals("1", property(after, "SEQUENCE"));

    assertEquals(404, calendar("999999999", learner()).statusCode());
    assertEquals(401, http.get("api/v1/workshops/" + id + "/calendar").statusCode());
  }

  @Test
  void shouldOfferTheWorkshopCalendarOnItsPageToSignedInPeopleOnly() throws Exception {
    String id = newWorkshop(trainer, 5, future(9));
    PageClient page = new PageClient(base);
    HttpResponse<String> anonymous = page.get("workshops/calendar/" + id + ".ics");
    assertEquals(302, anonymous.statusCode());

    page.signIn("learner", TestSettings.demoPassword());
    HttpResponse<String> workshopPage = page.get("workshops/workshop.xhtml?id=" + id);
    assertTrue(
        workshopPage.body().contains("/workshops/calendar/" + id + ".ics"), workshopPage.body());
    HttpResponse<String> download = page.get("workshops/calendar/" + id + ".ics");
    assertEquals(200, download.statusCode(), download.body());
    assertEquals(1, parse(download.body()).getComponents("VEVENT").size());
    assertEquals(404, page.get("workshops/calendar/999999999.ics").statusCode());
    assertEquals(404, page.get("workshops/calendar/nothing.ics").statusCode());
  }

  @Test
  void shouldServeATrainersFeedWithoutSignInUntilTheAddressIsReplaced() throws Exception {
    String username = api.newAccount("TRAINER");
    String own = newWorkshop("Bearer " + api.tokenOf(username, Api.PASSWORD), 5, future(12));
    String others = newWorkshop(trainer, 5, future(12));
    PageClient settings = new PageClient(base);
    settings.signIn(username, Api.PASSWORD);

    String firstUrl = renewFeed(settings);
    HttpResponse<String> feed = anonymousGet(firstUrl);

    assertEquals(200, feed.statusCode(), feed.body());
    String body = feed.body();
    assertTrue(body.contains("workshop-" + own + "-session-1@capacita"), body);
    assertFalse(body.contains("workshop-" + others + "-session-1@capacita"), body);
    assertEquals(1, parse(body).getComponents("VEVENT").size());
    assertFalse(settings.get("account/settings.xhtml").body().contains(firstUrl));

    String secondUrl = renewFeed(settings);
    assertNotEquals(firstUrl, secondUrl);
    assertEquals(404, anonymousGet(firstUrl).statusCode());
    assertEquals(200, anonymousGet(secondUrl).statusCode());
    assertEquals(
        404,
        anonymousGet(secondUrl.replaceAll("[A-Za-z0-9_-]{8}\\.ics$", "abcdefgh.ics")).statusCode());
    assertEquals(404, http.get("calendar/trainers/not-a-token.ics").statusCode());

    PageClient learner = new PageClient(base);
    learner.signIn("learner", TestSettings.demoPassword());
    HttpResponse<String> learnerSettings = learner.get("account/settings.xhtml");
    assertEquals(200, learnerSettings.statusCode());
    assertFalse(learnerSettings.body().contains("calendarForm"), learnerSettings.body());
  }

  @Test
  void shouldRemindEnrolledPeopleOnceInTheirLanguageAndNoOneElse() throws Exception {
    String soon = newWorkshop(trainer, 2, future(1));
    String family = "Reminded " + UUID.randomUUID().toString().substring(0, 8);
    String learnerName = api.newLearnerWithPerson("Carla", family);
    long spanish = personNamed(family);
    String noAccount = address("no-account");
    String waitlisted = address("waitlisted");
    assertEnrolment(enrol(soon, spanish, trainer), "ENROLLED", null);
    assertEnrolment(enrol(soon, person(noAccount), trainer), "ENROLLED", null);
    assertEnrolment(enrol(soon, person(waitlisted), trainer), "WAITLISTED", 1);
    String past = address("past");
    assertEnrolment(
        enrol(newWorkshop(trainer, 5, LocalDate.now().minusDays(3)), person(past), trainer),
        "ENROLLED",
        null);
    String cancelledAddress = address("cancelled");
    String doomed = newWorkshop(trainer, 5, future(1));
    assertEnrolment(enrol(doomed, person(cancelledAddress), trainer), "ENROLLED", null);
    assertEquals(
        200,
        post("api/v1/workshops/" + doomed + "/cancellation", "{\"reason\":\"Lluvia\"}", trainer)
            .statusCode());

    MimeMessage spanishReminder = Mailbox.awaitMail(learnerName + "@example.org", "Recordatorio: ");
    // Without an account, a person is written to in the language of the workshop's country (Chile).
    MimeMessage countryReminder = Mailbox.awaitMail(noAccount, "Recordatorio: ");
    Thread.sleep(3 * interval().toMillis() + 1000);

    assertTrue(spanishReminder.getContent().toString().contains("le recordamos que el taller"));
    assertTrue(countryReminder.getContent().toString().contains("09:00"));
    assertEquals(1, reminders(learnerName + "@example.org"));
    assertEquals(1, reminders(noAccount));
    assertEquals(0, reminders(waitlisted));
    assertEquals(0, reminders(past));
    Mailbox.awaitMail(cancelledAddress, "Taller cancelado: ");
    assertEquals(0, remindersAfterCancellation(cancelledAddress));
  }

  private String renewFeed(PageClient settings) {
    HttpResponse<String> page = settings.get("account/settings.xhtml");
    assertEquals(200, page.statusCode(), page.body());
    HttpResponse<String> renewed =
        settings.post(
            "account/settings.xhtml",
            Map.of(
                "calendarForm",
                "calendarForm",
                "calendarForm:renewFeed",
                "",
                "primefaces.nonce",
                nonceOf(page)),
            PageClient.viewStateOf(page));
    assertEquals(200, renewed.statusCode(), renewed.body());
    Matcher url = FEED_URL.matcher(renewed.body());
    assertTrue(url.find(), renewed.body());
    return url.group();
  }

  private static String nonceOf(HttpResponse<String> page) {
    Matcher nonce = NONCE.matcher(page.body());
    assertTrue(nonce.find(), page.body());
    return nonce.group(1);
  }

  private HttpResponse<String> anonymousGet(String url) {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  private HttpResponse<String> calendar(String id, String token) {
    return http.get(
        "api/v1/workshops/" + id + "/calendar", "Authorization", token, "Accept", "text/calendar");
  }

  private static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static VEvent event(List<VEvent> events, String uid) {
    return events.stream()
        .filter(e -> e.getUid().map(Property::getValue).orElse("").equals(uid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + uid + " in " + events));
  }

  private static String property(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElse(null);
  }

  private static java.time.LocalDateTime local(Temporal temporal) {
    return ((ZonedDateTime) temporal).toLocalDateTime();
  }

  private static String address(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  private static Duration interval() {
    return Duration.parse(System.getProperty("capacita.test.reminders-interval", "PT2S"));
  }

  private static long reminders(String address) {
    return Mailbox.mailsTo(address).stream()
        .filter(WorkshopFeedsAndRemindersIT::isReminder)
        .count();
  }

  /**
   * Reminders received after the cancellation notice. One before it is possible (the timer may run
   * between the enrolment and the cancellation); one after means a cancelled workshop was reminded.
   */
  private static long remindersAfterCancellation(String address) throws Exception {
    List<MimeMessage> mails = Mailbox.mailsTo(address);
    int cancellation = -1;
    for (int i = 0; i < mails.size(); i++) {
      if (mails.get(i).getSubject().startsWith("Taller cancelado")) {
        cancellation = i;
      }
    }
    return mails.subList(cancellation + 1, mails.size()).stream()
        .filter(WorkshopFeedsAndRemindersIT::isReminder)
        .count();
  }

  private static boolean isReminder(MimeMessage mail) {
    try {
      return mail.getSubject().startsWith("Reminder: ")
          || mail.getSubject().startsWith("Recordatorio: ");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
