package org.capacita.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.Mailbox;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Certificates e-mailed to their holders through the outbox, on H2 and MariaDB: issuing without
 * mail sends nothing; then 20 simultaneous issue requests with {@code mailHolders=true} and two
 * repeats send each holder with an address exactly one message, in their language (the account's,
 * else the workshop country's), with the issued PDF attached byte for byte; a holder without any
 * address gets none; the workshop's certificate list tells where each mail stands.
 */
@RunAsClient
class CertificateMailIT extends RunningApplication {

  private static final int SIMULTANEOUS = 20;
  private static final String SPANISH_SUBJECT = "Su certificado: ";
  private static final String ENGLISH_SUBJECT = "Your certificate: ";

  @ArquillianResource private URL base;

  private CertificateFixtures f;

  @BeforeEach
  void connect() {
    f = new CertificateFixtures(base);
  }

  @Test
  void shouldMailEachHolderOnceAfterRepeatedAndSimultaneousRequests() throws Exception {
    String spanishAddress = "correo-" + f.tag + "@example.org";
    long spanish = f.api.newPerson("Leonor", "Correo " + f.tag, spanishAddress);
    long english = f.person("Hannah", "Mail");
    String englishAddress = f.learnerAccount(english, "en") + "@example.org";
    long unreachable = f.person("Sin", "Dirección");
    String workshop = f.closedWorkshop(10, spanish, english, unreachable);

    JsonObject plain = Http.json(f.issue(workshop, f.trainer));
    assertEquals(0, plain.getInt("mailed"), "no mail unless asked: " + plain);
    assertTrue(certificateMails(spanishAddress).isEmpty(), "enrolment mails only");

    for (HttpResponse<String> answer : simultaneousMailRequests(workshop)) {
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(2, Http.json(answer).getInt("mailed"), answer.body());
    }
    for (int repeat = 0; repeat < 2; repeat++) {
      HttpResponse<String> again = mailRequest(workshop);
      assertEquals(200, again.statusCode(), again.body());
      assertEquals(0, Http.json(again).getJsonArray("issued").size());
      assertEquals(2, Http.json(again).getInt("mailed"), again.body());
    }

    JsonArray listed = awaitSent(workshop, 2);
    MimeMessage toSpanish = Mailbox.awaitMail(spanishAddress, SPANISH_SUBJECT);
    MimeMessage toEnglish = Mailbox.awaitMail(englishAddress, ENGLISH_SUBJECT);
    Thread.sleep(1500); // a second message, were one queued, would have been sent by now too
    assertEquals(1, certificateMails(spanishAddress).size(), "exactly one message each");
    assertEquals(1, certificateMails(englishAddress).size(), "exactly one message each");
    assertEquals(SPANISH_SUBJECT + "Módulo de lectura", Mailbox.subject(toSpanish));
    assertTrue(toSpanish.getMessageID().matches("<certificate-\\d+\\.issued@capacita>"));
    assertEquals(null, mailOf(listed, unreachable), "nobody to write to: " + listed);

    String code = codeOf(listed, spanish);
    byte[] attached = pdfAttachment(toSpanish);
    assertEquals(
        Http.json(f.json(code, f.trainer)).getString("sha256"),
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(attached)),
        "the stored PDF, byte for byte");
    assertTrue(body(toSpanish).contains("/verify/" + code), body(toSpanish));
  }

  @Test
  void shouldAnswerMailHoldersOnlyAsAFlag() {
    long person = f.person("Bandera", "Correo");
    String workshop = f.closedWorkshop(10, person);
    HttpResponse<String> wrong =
        f.http.postJson(
            "api/v1/workshops/" + workshop + "/certificates?mailHolders=yes",
            "",
            "Authorization",
            f.trainer);
    assertEquals(400, wrong.statusCode(), wrong.body());
    assertEquals(
        404,
        f.http
            .postJson(
                "api/v1/workshops/" + workshop + "/certificates?mailHolders=true",
                "",
                "Authorization",
                "Bearer " + f.api.tokenOf(f.api.newAccount("TRAINER"), Api.PASSWORD))
            .statusCode(),
        "another trainer's workshop");
  }

  /** The certificate mails to {@code address}, in either language (it gets enrolment mails too). */
  private static List<MimeMessage> certificateMails(String address) {
    return Mailbox.mailsTo(address).stream()
        .filter(
            m ->
                Mailbox.subject(m).startsWith(SPANISH_SUBJECT)
                    || Mailbox.subject(m).startsWith(ENGLISH_SUBJECT))
        .toList();
  }

  private List<HttpResponse<String>> simultaneousMailRequests(String workshop) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(SIMULTANEOUS);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest post = mailPost(workshop).build();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> pending = new ArrayList<>();
    for (int i = 0; i < SIMULTANEOUS; i++) {
      pending.add(
          pool.submit(
              () -> {
                start.await();
                return client.send(post, HttpResponse.BodyHandlers.ofString());
              }));
    }
    start.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> answer : pending) {
      answers.add(answer.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();
    return answers;
  }

  private HttpRequest.Builder mailPost(String workshop) {
    return f.http
        .request("api/v1/workshops/" + workshop + "/certificates?mailHolders=true")
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", f.trainer)
        .POST(HttpRequest.BodyPublishers.noBody());
  }

  private HttpResponse<String> mailRequest(String workshop) {
    return f.http.send(mailPost(workshop));
  }

  /** The workshop's list once {@code count} mails are SENT (the outbox drained). */
  private JsonArray awaitSent(String workshop, int count) throws InterruptedException {
    JsonArray listed = f.listed(workshop);
    for (int i = 0; i < 150 && sent(listed) < count; i++) {
      Thread.sleep(200);
      listed = f.listed(workshop);
    }
    assertEquals(count, sent(listed), listed.toString());
    return listed;
  }

  private static long sent(JsonArray listed) {
    return listed.getValuesAs(JsonObject.class).stream()
        .filter(c -> "SENT".equals(c.getString("mail", null)))
        .count();
  }

  private static String mailOf(JsonArray listed, long person) {
    return certificateOf(listed, person).getString("mail", null);
  }

  private static String codeOf(JsonArray listed, long person) {
    return certificateOf(listed, person).getString("code");
  }

  private static JsonObject certificateOf(JsonArray listed, long person) {
    return listed.getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getJsonNumber("personId").longValue() == person)
        .findFirst()
        .orElseThrow();
  }

  private static byte[] pdfAttachment(MimeMessage mail) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (part.getContentType().startsWith("application/pdf")) {
        assertTrue(part.getFileName().matches("certificate-\\d+\\.pdf"), part.getFileName());
        try (InputStream in = part.getInputStream()) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("No PDF attached");
  }

  private static String body(MimeMessage mail) throws Exception {
    Object text = ((Multipart) mail.getContent()).getBodyPart(0).getContent();
    assertFalse(text.toString().isBlank());
    return text.toString();
  }
}
