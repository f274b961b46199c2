package org.capacita.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.PageClient;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The merges page and the duplicates queue show every record a page at a time: with more merges
 * than a page holds, the merges page says which of them it shows and links to the next page, which
 * shows the rest; a page number past the end shows the last page.
 */
@RunAsClient
@ResourceLock(TestSettings.MERGES)
class ReviewPagingIT extends RunningApplication {

  private static final int PAGE = 50;
  private static final Pattern PLACE =
      Pattern.compile("id=\"pagerPlace\">\\s*([\\d.,]+)–([\\d.,]+) de ([\\d.,]+)");

  @ArquillianResource private URL base;

  @Test
  void shouldPageTheMergesAndKeepAPagePastTheEndOnTheLastPage() {
    Api api = new Api(base);
    Http http = api.http();
    String lead = "Bearer " + api.demoToken("lead");
    String tag = "P" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < PAGE + 1; i++) {
      long kept = register(http, lead, "Marta " + i, "Paginada " + tag);
      long merged = register(http, lead, "Marta " + i, "Paginada " + tag + " bis");
      HttpResponse<String> merge =
          http.postJson(
              "api/v1/people/" + kept + "/merge",
              "{\"duplicateId\":" + merged + "}",
              "Authorization",
              lead);
      assertEquals(200, merge.statusCode(), merge.body());
    }

    PageClient page = new PageClient(base);
    page.signIn("lead", TestSettings.demoPassword());
    String first = page.get("people/merges.xhtml").body();
    long[] place = place(first);
    assertEquals(1, place[0]);
    assertEquals(PAGE, place[1]);
    long total = place[2];
    assertTrue(total > PAGE, total + " merges");
    assertTrue(first.contains("id=\"nextPage\""), "a link to the next page");
    assertFalse(first.contains("id=\"previousPage\""), "none to the page before the first");
    assertTrue(first.contains("Marta 50 Paginada " + tag), "the newest merge first");

    String second = page.get("people/merges.xhtml?page=2").body();
    assertEquals(PAGE + 1, place(second)[0]);
    assertTrue(second.contains("id=\"previousPage\""), "a link back");
    String last = page.get("people/merges.xhtml?page=100000").body();
    long lastFrom = place(last)[0];
    assertEquals(((total - 1) / PAGE) * PAGE + 1, lastFrom, "past the end: the last page");
    assertFalse(last.contains("id=\"nextPage\""));

    String queue = page.get("people/duplicates.xhtml?page=100000").body();
    assertEquals(200, page.get("people/duplicates.xhtml?page=x").statusCode());
    assertTrue(queue.contains("id=\"pairs\""), "the queue page still shows");
  }

  private static long register(Http http, String token, String given, String family) {
    String body =
        Json.createObjectBuilder()
            .add("givenNames", given)
            .add("familyNames", family)
            .add("sex", "F")
            .add("institution", "Hospital Regional de Antofagasta")
            .add("sector", "health")
            .add("workCity", "Antofagasta")
            .add("workCountry", "CL")
            .build()
            .toString();
    HttpResponse<String> created = http.postJson("api/v1/people", body, "Authorization", token);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  /** The first, last and total the pager names ("51–100 de 1.234"). */
  private static long[] place(String html) {
    Matcher found = PLACE.matcher(html);
    assertTrue(found.find(), "the pager says where the page is");
    return new long[] {number(found.group(1)), number(found.group(2)), number(found.group(3))};
  }

  private static long number(String text) {
    return Long.parseLong(text.replaceAll("\\D", ""));
  }
}
