package org.capacita.certificates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.signatures.SignatureUtil;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Certificates through the API, on H2 and MariaDB: one per completion under 200 simultaneous issue
 * requests (unique numbers and codes), issued by themselves when a workshop closes; the PDF read
 * back (holder, module, hours, verification address) and its signature validated by iText and
 * {@code pdfsig}; verification of valid, revoked, expired (TEST-READING is valid for one month in
 * the tests) and superseded certificates and of PDFs, a tampered one reported not genuine; a
 * template change that leaves an issued PDF byte-identical and prints {@code ${7*7}} literally; and
 * who may read, issue and revoke (404 for others, 403 and 401 as the API says).
 */
@RunAsClient
class CertificatesApiIT extends RunningApplication {

  @ArquillianResource private URL base;

  private CertificateFixtures f;

  @BeforeEach
  void connect() {
    f = new CertificateFixtures(base);
  }

  @Test
  void shouldIssueExactlyOneCertificatePerCompletionUnder200SimultaneousRequests()
      throws Exception {
    List<Long> persons = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      persons.add(f.person("Carrera" + i, "Simultánea"));
    }
    String workshop = f.closedWorkshop(10, persons.stream().mapToLong(Long::longValue).toArray());
    int requests = 200;
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    HttpRequest post =
        f.http
            .request("api/v1/workshops/" + workshop + "/certificates")
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", f.trainer)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return client.send(post, HttpResponse.BodyHandlers.ofString());
              }));
    }
    start.countDown();
    int issued = 0;
    for (Future<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
      assertEquals(200, response.statusCode(), response.body());
      JsonObject body = Http.json(response);
      issued += body.getJsonArray("issued").size();
      assertEquals(
          persons.size(), body.getJsonArray("issued").size() + body.getInt("alreadyIssued"));
    }
    pool.shutdown();
    assertTrue(issued <= persons.size(), "never more than one each: " + issued);

    assertOneEach(f.listed(workshop), persons);
    JsonObject again = Http.json(f.issue(workshop, f.trainer));
    assertEquals(0, again.getJsonArray("issued").size(), "a repeat issues nothing");
    assertEquals(persons.size(), again.getInt("alreadyIssued"));
  }

  @Test
  void shouldIssueOnceByABackgroundRunBesideSimultaneousRequests() throws Exception {
    List<Long> persons = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      persons.add(f.person("Tanda" + i, "Fondo"));
    }
    String workshop = f.closedWorkshop(10, persons.stream().mapToLong(Long::longValue).toArray());
    String runs = "api/v1/workshops/" + workshop + "/certificates/runs";
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<HttpResponse<String>>> beside = new ArrayList<>();
    HttpResponse<String> started = f.http.postJson(runs, "", "Authorization", f.trainer);
    for (int i = 0; i < 20; i++) {
      beside.add(pool.submit(() -> f.issue(workshop, f.trainer)));
    }
    assertEquals(202, started.statusCode(), started.body());
    long run = Http.json(started).getJsonNumber("id").longValue();
    JsonObject state = Http.json(started);
    for (int i = 0; i < 600 && "RUNNING".equals(state.getString("state")); i++) {
      Thread.sleep(100);
      HttpResponse<String> polled = f.http.get(runs + "/" + run, "Authorization", f.trainer);
      assertEquals(200, polled.statusCode(), polled.body());
      state = Http.json(polled);
    }
    assertEquals("FINISHED", state.getString("state"), state.toString());
    assertEquals(persons.size(), state.getInt("total"));
    assertEquals(persons.size(), state.getInt("done"));
    for (Future<HttpResponse<String>> answer : beside) {
      assertEquals(200, answer.get(120, TimeUnit.SECONDS).statusCode());
    }
    pool.shutdown();
    assertOneEach(f.listed(workshop), persons);

    HttpResponse<String> again = f.http.postJson(runs, "", "Authorization", f.trainer);
    assertEquals(202, again.statusCode(), again.body());
    long second = Http.json(again).getJsonNumber("id").longValue();
    JsonObject repeat = Http.json(again);
    for (int i = 0; i < 300 && "RUNNING".equals(repeat.getString("state")); i++) {
      Thread.sleep(100);
      repeat = Http.json(f.http.get(runs + "/" + second, "Authorization", f.trainer));
    }
    assertEquals(0, repeat.getInt("issued"), "a second run issues nothing: " + repeat);
    assertEquals(persons.size(), f.listed(workshop).size());

    assertEquals(
        404,
        f.http
            .get(
                "api/v1/workshops/" + f.closedWorkshop(10) + "/certificates/runs/" + run,
                "Authorization",
                f.trainer)
            .statusCode(),
        "a run is found under its own workshop only");
    String learner = f.learnerOf(persons.get(0));
    assertEquals(403, f.http.postJson(runs, "", "Authorization", learner).statusCode());
    assertEquals(403, f.http.get(runs + "/" + run, "Authorization", learner).statusCode());
    assertEquals(401, f.http.postJson(runs, "").statusCode());
  }

  @Test
  void shouldIssueByItselfWhenTheWorkshopCloses() throws InterruptedException {
    long person = f.person("Automática", "Cierre");
    String workshop = f.closedWorkshop(10, person);
    JsonArray listed = f.listed(workshop);
    for (int i = 0; i < 100 && listed.isEmpty(); i++) {
      Thread.sleep(200);
      listed = f.listed(workshop);
    }
    assertEquals(1, listed.size(), "issued after the closure committed, without a request");
  }

  @Test
  void shouldPrintTheCompletionsFactsAndSignTheWholeDocument() throws Exception {
    long person = f.person("Ştefan", "Ţărână-Müller Núñez João");
    String holder = "Ştefan Ţărână-Müller Núñez João " + f.tag;
    String workshop = f.closedWorkshop(10, person);
    String code = f.codeOf(workshop, person);
    byte[] pdf = f.pdfBytes(code);
    assertTrue(pdf.length <= 60 * 1024, "at most 60 KB: " + pdf.length);

    String text;
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      assertEquals(1, document.getNumberOfPages());
      text = PdfTextExtractor.getTextFromPage(document.getPage(1)).replaceAll("\\s+", " ");
      SignatureUtil signatures = new SignatureUtil(document);
      String field = signatures.getSignatureNames().get(0);
      assertTrue(signatures.signatureCoversWholeDocument(field));
      assertTrue(signatures.readSignatureData(field).verifySignatureIntegrityAndAuthenticity());
    }
    assertTrue(text.contains(holder), text);
    assertTrue(text.contains("Módulo de lectura"), text);
    assertTrue(text.contains("de 1 horas lectivas"), text);
    assertTrue(text.contains("Iquique " + f.tag), text);
    assertTrue(text.contains("/verify/" + code), text);

    JsonObject json = Http.json(f.json(code, f.trainer));
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
        json.getString("sha256"));
    assertTrue(json.getString("verificationUrl").endsWith("/verify/" + code));
    JsonObject verified = f.verified(code.toLowerCase());
    assertEquals("VALID", verified.getString("status"));
    assertEquals(holder, verified.getString("holder"));
    assertEquals("Módulo de lectura", verified.getString("module"));
    assertEquals(1, verified.getJsonNumber("hours").intValue());
    assertEquals("Iquique " + f.tag, verified.getString("venueCity"));
    assertFalse(verified.containsKey("personId"), "only what the certificate shows");
    assertFalse(verified.containsKey("sha256"));

    Path file = Files.createTempFile("certificate", ".pdf");
    Files.write(file, pdf);
    pdfsig(file).ifPresent(out -> assertTrue(out.contains("Signature is Valid"), out));
    assertTrue(Http.json(f.check(pdf)).getBoolean("genuine"), "the issued PDF is genuine");
    assertEquals(code, Http.json(f.check(pdf)).getJsonObject("certificate").getString("code"));
    byte[] tampered = pdf.clone();
    tampered[tampered.length / 2] ^= 0x20;
    Files.write(file, tampered);
    pdfsig(file).ifPresent(out -> assertFalse(out.contains("Signature is Valid."), out));
    HttpResponse<String> checked = f.check(tampered);
    assertEquals(200, checked.statusCode(), checked.body());
    assertFalse(Http.json(checked).getBoolean("genuine"), "a changed byte is not genuine");
    Files.delete(file);
  }

  @Test
  void shouldVerifyRevokedExpiredAndSupersededCertificates() {
    long revoked = f.person("Revocada", "Estado");
    long renamed = f.person("Renombrada", "Estado");
    String workshop = f.closedWorkshop(10, revoked, renamed);
    String revokedCode = f.codeOf(workshop, revoked);
    assertEquals(403, f.revoke(revokedCode, "No", f.trainer).statusCode(), "leads revoke");
    HttpResponse<String> revocation = f.revoke(revokedCode, "Registro duplicado", f.lead);
    assertEquals(200, revocation.statusCode(), revocation.body());
    assertEquals(409, f.revoke(revokedCode, "Otra vez", f.lead).statusCode());
    JsonObject verified = f.verified(revokedCode);
    assertEquals("REVOKED", verified.getString("status"));
    assertEquals("Registro duplicado", verified.getString("reason"));
    assertEquals(LocalDate.now().toString(), verified.getString("revokedOn"));

    String oldCode = f.codeOf(workshop, renamed);
    byte[] oldPdf = f.pdfBytes(oldCode);
    HttpResponse<String> reissued = f.reissue(oldCode, "Renombrada Corregida " + f.tag, f.lead);
    assertEquals(200, reissued.statusCode(), reissued.body());
    String newCode = Http.json(reissued).getString("code");
    JsonObject old = f.verified(oldCode);
    assertEquals("SUPERSEDED", old.getString("status"));
    assertEquals(newCode, old.getString("supersededBy"));
    JsonObject renewed = f.verified(newCode);
    assertEquals("VALID", renewed.getString("status"));
    assertEquals("Renombrada Corregida " + f.tag, renewed.getString("holder"));
    assertArrayEquals(oldPdf, f.pdfBytes(oldCode), "the old PDF stays as issued");
    assertEquals(409, f.reissue(oldCode, "Otra", f.lead).statusCode(), "superseded already");

    long expired = f.person("Vencida", "Estado");
    String longAgo = f.closedWorkshop(45, expired);
    JsonObject lapsed = f.verified(f.codeOf(longAgo, expired));
    assertEquals("EXPIRED", lapsed.getString("status"));
    assertEquals(
        LocalDate.now().minusDays(45).plusMonths(1).toString(), lapsed.getString("expiresOn"));

    assertEquals(404, f.verify("ABCDEFGHJK0123456789").statusCode(), "unknown code");
    assertEquals(404, f.verify("not-a-code").statusCode());
  }

  @Test
  void shouldKeepAnIssuedCertificateByteIdenticalWhenTheTemplateChanges() throws IOException {
    long before = f.person("Antes", "Plantilla");
    String first = f.closedWorkshop(CertificateFixtures.TEMPLATE_MODULE, 10, before);
    String code = f.codeOf(first, before);
    byte[] issued = f.pdfBytes(code);
    try {
      HttpResponse<String> changed =
          f.template(
              "Award ${7*7}",
              "Constancia #{facesContext}",
              "${7*7} #{request.remoteUser} {unknown}: {module}, {hours} h",
              "${7*7} #{1+1} T(java.lang.Runtime) {unknown}: {module}, {hours} h");
      assertEquals(200, changed.statusCode(), changed.body());
      assertArrayEquals(issued, f.pdfBytes(code), "issued before the change: byte-identical");

      long after = f.person("Después", "Plantilla");
      String second = f.closedWorkshop(CertificateFixtures.TEMPLATE_MODULE, 10, after);
      String text = text(f.pdfBytes(f.codeOf(second, after)));
      assertTrue(text.contains("Constancia #{facesContext}"), text);
      assertTrue(
          text.contains("${7*7} #{1+1} T(java.lang.Runtime) {unknown}: Módulo de plantilla, 1 h"),
          text);
      assertTrue(text.contains("Award ${7*7}"), "no expression runs: " + text);
      assertFalse(text.contains("Award 49"), "no expression runs: " + text);
    } finally {
      f.template(
          "Certificate of completion",
          "Certificado de aprovechamiento",
          "has completed the module “{module}”, {hours} teaching hours, delivered from {firstDay}"
              + " to {lastDay} ({city}).",
          "ha completado el módulo «{module}», de {hours} horas lectivas, impartido del"
              + " {firstDay} al {lastDay} ({city}).");
    }
    assertEquals(
        403,
        f.http
            .get(
                "api/v1/certificate-templates/" + CertificateFixtures.TEMPLATE_MODULE,
                "Authorization",
                f.trainer)
            .statusCode(),
        "admins only");
  }

  @Test
  void shouldShowCertificatesToTheHolderTheWorkshopsTrainersAndLeadsOnly() {
    long holder = f.person("Titular", "Acceso");
    String holderToken = f.learnerOf(holder);
    String workshop = f.closedWorkshop(10, holder);
    String code = f.codeOf(workshop, holder);
    String otherTrainer = "Bearer " + f.api.tokenOf(f.api.newAccount("TRAINER"), Api.PASSWORD);
    String otherLearner = f.learnerOf(f.person("Otra", "Acceso"));

    assertEquals(200, f.pdf(code, holderToken).statusCode(), "the holder");
    assertEquals(200, f.pdf(code, f.trainer).statusCode(), "the workshop's trainer");
    assertEquals(200, f.pdf(code, f.lead).statusCode(), "a lead");
    assertEquals(404, f.pdf(code, otherTrainer).statusCode(), "another trainer");
    assertEquals(404, f.pdf(code, otherLearner).statusCode(), "another learner");
    assertEquals(404, f.json(code, otherLearner).statusCode());
    assertEquals(401, f.pdf(code, null).statusCode(), "no token");
    assertEquals(404, f.issue(workshop, otherTrainer).statusCode());
    assertEquals(
        404,
        f.http
            .get("api/v1/workshops/" + workshop + "/certificates", "Authorization", otherTrainer)
            .statusCode());
    assertEquals(403, f.issue(workshop, holderToken).statusCode(), "learners do not issue");
    assertEquals(403, f.revoke(code, "No", holderToken).statusCode());
    assertEquals(
        401, f.http.postJson("api/v1/workshops/" + workshop + "/certificates", "").statusCode());
    JsonObject own = Http.json(f.json(code, holderToken));
    assertEquals(holder, own.getJsonNumber("personId").longValue());
    assertEquals("VALID", own.getString("status"));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      return PdfTextExtractor.getTextFromPage(document.getPage(1)).replaceAll("\\s+", " ");
    }
  }

  /** {@code pdfsig}'s report, or empty where poppler-utils is not installed. */
  private static java.util.Optional<String> pdfsig(Path file) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
      return java.util.Optional.empty();
    }
    Process process =
        new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    process.waitFor(30, TimeUnit.SECONDS);
    return java.util.Optional.of(out);
  }

  /** One valid certificate for each person, with unique numbers and codes. */
  private static void assertOneEach(JsonArray listed, List<Long> persons) {
    assertEquals(persons.size(), listed.size(), listed.toString());
    Set<Long> holders = new HashSet<>();
    Set<String> codes = new HashSet<>();
    Set<Long> numbers = new HashSet<>();
    for (JsonObject certificate : listed.getValuesAs(JsonObject.class)) {
      holders.add(certificate.getJsonNumber("personId").longValue());
      codes.add(certificate.getString("code"));
      numbers.add(certificate.getJsonNumber("number").longValue());
      assertEquals("VALID", certificate.getString("status"));
      assertTrue(certificate.getString("code").matches("[0-9A-Z]{20}"), certificate.toString());
    }
    assertEquals(Set.copyOf(persons), holders);
    assertEquals(persons.size(), codes.size(), "unique codes");
    assertEquals(persons.size(), numbers.size(), "unique numbers");
  }
}
