package org.capacita.catalog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.capacita.shared.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

  private static final Path FIXTURES = Path.of("src/test/resources/it-content");
  private static final Path CONTENT = Path.of("content");

  @Test
  void shouldLoadGoodModulesAndReportBrokenOnesWithFileAndLine() {
    LoadReport report = new ContentLoader(FIXTURES).load(Instant.now());

    assertEquals(
        List.of("TEST-DESIGN", "TEST-DRAFT", "TEST-ONLINE", "TEST-READING", "TEST-TEMPLATE"),
        report.modules().stream().map(ModuleContent::code).toList());
    List<String> where = report.errors().stream().map(ContentError::where).toList();
    assertTrue(where.contains("modules/BROKEN-DESC/module.properties:4"), where.toString());
    assertTrue(where.contains("modules/BROKEN-DESC/module.properties:5"), where.toString());
    assertTrue(where.contains("modules/BROKEN-DESC/module.properties:6"), where.toString());
    assertTrue(where.contains("modules/BROKEN-QUIZ/en/questions.md:1"), where.toString());
    assertTrue(
        report.errors().stream()
            .anyMatch(
                e ->
                    e.message(Messages.SPANISH)
                        .equals(
                            "La pregunta Q01 debe marcar exactamente una opción con [x]; marca 2.")),
        report.errors().toString());
  }

  @Test
  void shouldReadEveryLanguageOfAModule() {
    ModuleContent module =
        new ContentLoader(FIXTURES)
            .load(Instant.now()).modules().stream()
                .filter(m -> m.code().equals("TEST-ONLINE"))
                .findFirst()
                .orElseThrow();

    assertEquals(3, module.lessonCount());
    assertEquals("Tablas e imágenes", module.lesson(2, Messages.SPANISH).orElseThrow().title());
    assertEquals("Tables and pictures", module.lesson(2, Messages.ENGLISH).orElseThrow().title());
    assertEquals(4, module.bank().size());
    assertEquals("Manzana", module.questions(Messages.SPANISH).get(3).options().get(4));
  }

  @Test
  void shouldRefuseLanguagesThatDisagree(@TempDir Path root) throws Exception {
    Path module =
        copy(FIXTURES.resolve("modules/TEST-ONLINE"), root.resolve("modules/TEST-ONLINE"));
    Files.move(module.resolve("es/03-closing.md"), module.resolve("es/03-cierre.md"));
    Path bank = module.resolve("es/questions.md");
    Files.writeString(
        bank,
        Files.readString(bank).replace("- [x] Siete\n- [ ] Martes", "- [ ] Siete\n- [x] Martes"));

    LoadReport report = new ContentLoader(root).load(Instant.now());

    assertTrue(report.modules().isEmpty());
    List<String> keys = report.errors().stream().map(ContentError::messageKey).toList();
    assertTrue(keys.contains("catalog.error.lessonsDiffer"), report.errors().toString());
    assertTrue(
        report
            .errors()
            .contains(
                ContentError.at(
                    "modules/TEST-ONLINE/es/questions.md",
                    19,
                    "catalog.error.question.differs",
                    "Q03",
                    "en")),
        report.errors().toString());
  }

  @Test
  void shouldLoadTheSampleModulesInBothLanguagesWithoutErrors() {
    LoadReport report = new ContentLoader(CONTENT).load(Instant.now());

    assertEquals(List.of(), report.errors());
    List<String> codes = report.modules().stream().map(ModuleContent::code).toList();
    assertTrue(codes.containsAll(List.of("MIG-HEALTH", "TIP-HEALTH")), codes.toString());
    for (ModuleContent module : report.modules()) {
      assertEquals(List.of("en", "es"), module.descriptor().languages(), module.code());
      assertTrue(module.lessonCount() >= 6, module.code());
      assertTrue(module.bank().size() >= 10, module.code());
      assertFalse(module.lessons(Messages.SPANISH).get(0).html().contains("<script"));
    }
  }

  private static Path copy(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }
}
