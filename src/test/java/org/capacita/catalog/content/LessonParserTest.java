package org.capacita.catalog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonParserTest {

  private static final String FILE = "modules/TIP/es/02-what.md";

  private final List<ContentError> errors = new ArrayList<>();

  @Test
  void shouldRenderCommonMarkWithTablesAndServeImagesFromTheModulesAssets() {
    Lesson lesson =
        parse(
                """
                # Qué es la trata

                Texto con **énfasis** y [un enlace](https://www.iom.int/).

                | Elemento | Ejemplo |
                |:--|--:|
                | Acción | Captación |

                ![Diagrama](assets/diagram.svg)
                """)
            .orElseThrow();

    assertEquals(List.of(), errors);
    assertEquals(2, lesson.number());
    assertEquals("Qué es la trata", lesson.title());
    assertFalse(lesson.html().contains("Qué es la trata"), "the title is the page's heading");
    assertTrue(lesson.html().contains("<strong>énfasis</strong>"), lesson.html());
    assertTrue(lesson.html().contains("<table>"), lesson.html());
    assertTrue(lesson.html().contains("<td align=\"right\">Captación</td>"), lesson.html());
    assertTrue(
        lesson.html().contains("src=\"../content/TIP/assets/diagram.svg\" alt=\"Diagrama\""),
        lesson.html());
    assertTrue(
        lesson
            .html()
            .matches(
                "(?s).*href=\"https://www.iom.int/\" rel=\"(noopener noreferrer|noreferrer noopener)\".*"),
        lesson.html());
  }

  @Test
  void shouldLeaveNoScriptEventHandlerOrJavascriptLink() {
    Lesson lesson =
        parse(
                """
                # Lección

                <script>alert(1)</script>

                <img src="x" onerror="alert(2)">

                [clic](javascript:alert(3)) y [otro](JaVaScRiPt:alert(4))
                """)
            .orElseThrow();

    String html = lesson.html().toLowerCase();
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("onerror=\""), html);
    assertFalse(html.contains("href=\"javascript"), html);
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("&lt;script&gt;"), "raw HTML shows as text: " + html);
  }

  @Test
  void shouldSanitiseHtmlThatGetsPastTheRenderer() {
    String dirty =
        "<h1>Big</h1><p onclick=\"steal()\" style=\"color:red\">Hi<iframe src=\"https://evil\">"
            + "</iframe><a href=\"javascript:steal()\">x</a><img src=\"a.svg\" onload=\"x()\"></p>";

    String clean = LessonHtml.sanitise(dirty);

    assertEquals("<h2>Big</h2><p>Hi<img src=\"a.svg\" /></p>", clean.replace("x", ""));
  }

  @Test
  void shouldRequireATitleLineAFileNameAndImagesThatExistInAssets() {
    assertTrue(parse("Sin título\n\nTexto.").isEmpty());
    assertTrue(
        LessonParser.parse(FILE, "2-what.md", List.of("# T"), a -> true, "", errors).isEmpty());
    assertTrue(
        parse("# T\n\nText\n\n![a](assets/missing.png)\n\n![b](../../secret.png)").isEmpty());

    assertTrue(errors.contains(ContentError.at(FILE, 1, "catalog.error.lessonTitle")));
    assertTrue(errors.contains(ContentError.at(FILE, 0, "catalog.error.lessonName", "2-what.md")));
    assertTrue(
        errors.contains(
            ContentError.at(FILE, 5, "catalog.error.imageMissing", "assets/missing.png")),
        errors.toString());
    assertTrue(
        errors.contains(ContentError.at(FILE, 7, "catalog.error.imagePath", "../../secret.png")),
        errors.toString());
  }

  @Test
  void shouldFindOnlyFilesDirectlyInsideAssets(@TempDir Path module) throws Exception {
    Path assets = Files.createDirectories(module.resolve("assets"));
    Files.writeString(assets.resolve("ok.svg"), "<svg/>");
    Files.writeString(module.resolve("module.properties"), "code=X");

    assertTrue(LessonParser.assetExists(assets, "ok.svg"));
    assertFalse(LessonParser.assetExists(assets, "../module.properties"));
    assertFalse(LessonParser.assetExists(assets, "missing.svg"));
  }

  private Optional<Lesson> parse(String text) {
    return LessonParser.parse(
        FILE,
        "02-what.md",
        text.lines().toList(),
        asset -> asset.equals("diagram.svg"),
        "../content/TIP/assets/",
        errors);
  }
}
