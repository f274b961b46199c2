package org.capacita.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.support.Api;
import org.capacita.support.Mailbox;
import org.capacita.support.NewWorkshop;
import org.capacita.support.PageClient;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * A request's {@code Host} header is the client's word. Links that leave the application in mails
 * and calendars must never carry a forged one: a reset link to {@code evil.example} hands a live
 * token to whoever runs that host.
 */
@RunAsClient
class ForgedHostIT extends RunningApplication {

  private static final String EVIL = "evil.example";
  private static final Pattern LINK = Pattern.compile("https?://\\S+\\?token=[\\w%-]+");
  private static final Pattern NONCE = Pattern.compile(" nonce=\"([^\"]+)\"");

  @ArquillianResource private URL base;

  @Test
  void shouldNeverMailAResetLinkToAForgedHost() throws Exception {
    String username = new Api(base).newAccount("LEARNER");

    PageClient forger = new PageClient(base);
    HttpResponse<String> form = forger.get("forgot-password.xhtml");
    PageClient.RawResponse forged =
        forger.postWithHost(
            "forgot-password.xhtml", fields(username, form), PageClient.viewStateOf(form), EVIL);
    assertTrue(forged.status() < 500, forged.text());

    PageClient owner = new PageClient(base);
    form = owner.get("forgot-password.xhtml");
    HttpResponse<String> asked =
        owner.post("forgot-password.xhtml", fields(username, form), PageClient.viewStateOf(form));
    assertEquals(302, asked.statusCode(), asked.body());

    List<String> links = linksMailedTo(username + "@example.org");
    assertFalse(links.stream().anyMatch(link -> link.contains(EVIL)), links.toString());
    assertEquals(1, links.size(), links.toString());
    assertTrue(links.get(0).startsWith(origin() + "/reset-password.xhtml?token="), links.get(0));
  }

  @Test
  void shouldLeaveAForgedHostOutOfCalendars() {
    Api api = new Api(base);
    String trainer = "Bearer " + api.demoToken("trainer");
    String id = newWorkshop(api, trainer);
    PageClient client = new PageClient(base);

    PageClient.RawResponse forged =
        client.getWithHost(
            "api/v1/workshops/" + id + "/calendar", EVIL, "Authorization: " + trainer);
    HttpResponse<String> genuine =
        api.http().get("api/v1/workshops/" + id + "/calendar", "Authorization", trainer);

    assertEquals(200, forged.status(), forged.text());
    assertTrue(forged.text().contains("BEGIN:VEVENT"), forged.text());
    assertFalse(unfolded(forged.text()).contains(EVIL), forged.text());
    assertTrue(
        unfolded(genuine.body()).contains(origin() + "/workshops/workshop.xhtml?id=" + id),
        genuine.body());
  }

  private static Map<String, String> fields(String username, HttpResponse<String> form) {
    Matcher nonce = NONCE.matcher(form.body());
    assertTrue(nonce.find(), form.body());
    return Map.of(
        "forgot",
        "forgot",
        "forgot:identifier",
        username,
        "forgot:submit",
        "",
        "primefaces.nonce",
        nonce.group(1));
  }

  /**
   * The links mailed to {@code address}, once one has come and a while longer, so that a mail sent
   * for the earlier, forged request would have come too.
   */
  private static List<String> linksMailedTo(String address) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (Mailbox.mailsTo(address).isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    Thread.sleep(2_000);
    List<String> links = new ArrayList<>();
    for (MimeMessage mail : Mailbox.mailsTo(address)) {
      Matcher link = LINK.matcher(mail.getContent().toString());
      while (link.find()) {
        links.add(link.group());
      }
    }
    return links;
  }

  private String newWorkshop(Api api, String trainer) {
    return String.valueOf(
        new NewWorkshop()
            .title("Trafficking and health in Arica")
            .venue("Hospital Regional, auditorium")
            .city("Arica")
            .capacity(10)
            .on(LocalDate.now().plusDays(30))
            .scheduleWith(api, trainer));
  }

  /** iCalendar folds lines longer than 75 octets: a line break and a space go inside a value. */
  private static String unfolded(String calendar) {
    return calendar.replace("\r\n ", "");
  }

  /** Where the test server is, as links to it start: scheme, host, port, no trailing slash. */
  private String origin() {
    return base.toString().replaceAll("/+$", "");
  }
}
