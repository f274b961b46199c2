package org.capacita.certificates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.capacita.support.Api;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A workshop's certificates in one ZIP through the API, on H2 and MariaDB: the valid ones only,
 * each byte for byte the PDF a single download gives, named by number; for the workshop's trainers
 * and leads (404 for another trainer, 403 for a learner, 401 without a token).
 */
@RunAsClient
class CertificateArchiveApiIT extends RunningApplication {

  @ArquillianResource private URL base;

  private CertificateFixtures f;

  @BeforeEach
  void connect() {
    f = new CertificateFixtures(base);
  }

  @Test
  void shouldZipTheValidCertificatesAsIssued() throws IOException {
    long ana = f.person("Ana", "Archivo");
    long bruno = f.person("Bruno", "Archivo");
    long carla = f.person("Carla", "Archivo");
    String workshop = f.closedWorkshop(10, ana, bruno, carla);
    String revoked = f.codeOf(workshop, carla);
    assertEquals(200, f.revoke(revoked, "Error de registro", f.lead).statusCode());

    Map<String, byte[]> expected = new LinkedHashMap<>();
    for (JsonObject c : f.listed(workshop).getValuesAs(JsonObject.class)) {
      if (!c.getString("code").equals(revoked)) {
        expected.put(
            "certificate-" + c.getJsonNumber("number").longValue() + ".pdf",
            f.pdfBytes(c.getString("code")));
      }
    }
    assertEquals(2, expected.size());

    HttpResponse<byte[]> zip = archive(workshop, f.trainer);
    assertEquals(200, zip.statusCode());
    String type = zip.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/zip"), type);
    Map<String, byte[]> found = entries(zip.body());
    assertEquals(expected.keySet(), found.keySet(), "the valid ones, by number");
    expected.forEach((name, pdf) -> assertArrayEquals(pdf, found.get(name), name));
    assertEquals(200, archive(workshop, f.lead).statusCode(), "a lead");

    String otherTrainer = "Bearer " + f.api.tokenOf(f.api.newAccount("TRAINER"), Api.PASSWORD);
    assertEquals(404, archive(workshop, otherTrainer).statusCode(), "another trainer");
    assertEquals(403, archive(workshop, f.learnerOf(ana)).statusCode(), "a learner");
    assertEquals(401, archive(workshop, null).statusCode(), "no token");
    assertEquals(404, archive("999999999", f.trainer).statusCode(), "no such workshop");
  }

  private HttpResponse<byte[]> archive(String workshop, String token) {
    HttpRequest.Builder request =
        f.http.request("api/v1/workshops/" + workshop + "/certificates/archive");
    if (token != null) {
      request.header("Authorization", token);
    }
    return f.http.bytes(request.GET());
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        assertTrue(entries.put(entry.getName(), in.readAllBytes()) == null, entry.getName());
      }
    }
    return entries;
  }
}
