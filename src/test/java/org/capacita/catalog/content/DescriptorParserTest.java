package org.capacita.catalog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.capacita.catalog.domain.CompletionRule;
import org.capacita.catalog.domain.ModuleStatus;
import org.capacita.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

class DescriptorParserTest {

  private static final String FILE = "modules/TIP/module.properties";
  private static final String GOOD =
      """
      # A comment
      code = TIP
      version=2
      status=published
      hours=7.5
      sectors=health, social_services
      languages=en,es
      title.en=Caring for trafficked persons
      title.es=Atención a personas víctimas de trata
      description.en=What it is.
      description.es=Qué es, con acentos: ñandú.
      pretest=true
      posttest=true
      pass.mark=70
      attempts.max=3
      completion=lessons+posttest
      """;

  private final List<ContentError> errors = new ArrayList<>();

  @Test
  void shouldReadAGoodDescriptor() throws IOException {
    ModuleDescriptor d = parse(GOOD).orElseThrow();

    assertEquals(List.of(), errors);
    assertEquals("TIP", d.code());
    assertEquals(2, d.version());
    assertEquals(ModuleStatus.PUBLISHED, d.status());
    assertEquals(new BigDecimal("7.5"), d.hours());
    assertEquals(List.of("health", "social_services"), d.sectors());
    assertEquals("Qué es, con acentos: ñandú.", d.description(Messages.SPANISH));
    assertEquals("Caring for trafficked persons", d.title(Messages.ENGLISH));
    assertEquals(70, d.passMark());
    assertEquals(3, d.maxAttempts());
    assertEquals(CompletionRule.LESSONS_AND_POSTTEST, d.completion());
  }

  @Test
  void shouldNameTheLineOfAnUnknownKeyALineWithoutEqualsAndADuplicate() throws IOException {
    String text = GOOD.replace("version=2", "version=2\ncolour=blue\nno equals here\ncode=TIP");

    assertTrue(parse(text).isEmpty());

    assertError(4, "catalog.error.unknownKey", "colour");
    assertError(5, "catalog.error.syntax");
    assertError(6, "catalog.error.duplicateKey", "code", 2);
  }

  @Test
  void shouldRejectInvalidValuesOnTheirLines() throws IOException {
    String text =
        GOOD.replace("version=2", "version=two")
            .replace("status=published", "status=live")
            .replace("hours=7.5", "hours=-1")
            .replace("pass.mark=70", "pass.mark=170")
            .replace("pretest=true", "pretest=yes")
            .replace("languages=en,es", "languages=en,es,fr")
            .replace("completion=lessons+posttest", "completion=whenever");

    assertTrue(parse(text).isEmpty());

    assertError(3, "catalog.error.notNumber", "version", "two", 1, Integer.MAX_VALUE);
    assertError(4, "catalog.error.notOneOf", "status", "draft, published, retired", "live");
    assertError(5, "catalog.error.hours", "-1");
    assertError(7, "catalog.error.listItem", "languages", "fr");
    assertError(12, "catalog.error.notOneOf", "pretest", "true, false", "yes");
    assertError(14, "catalog.error.notNumber", "pass.mark", "170", 0, 100);
    assertError(
        16, "catalog.error.notOneOf", "completion", "lessons+posttest, lessons", "whenever");
  }

  @Test
  void shouldReportMissingKeysForTheWholeFileAndACodeThatIsNotTheFolder() throws IOException {
    String text = GOOD.replace("title.es=Atención a personas víctimas de trata\n", "");

    assertTrue(parse(text, "OTHER").isEmpty());

    assertError(0, "catalog.error.missingKey", "title.es");
    assertError(2, "catalog.error.codeMismatch", "TIP", "OTHER");
    assertEquals(
        "modules/TIP/module.properties: title.es is missing.",
        errors.stream().filter(e -> e.line() == 0).findFirst().orElseThrow().toString());
  }

  @Test
  void shouldRefuseATitleForALanguageTheModuleDoesNotListAndARuleWithoutItsTest()
      throws IOException {
    String text =
        GOOD.replace("languages=en,es", "languages=en")
            .replace("description.es=Qué es, con acentos: ñandú.\n", "")
            .replace("posttest=true", "posttest=false");

    assertTrue(parse(text).isEmpty());

    assertError(9, "catalog.error.languageNotListed", "title.es");
    assertError(15, "catalog.error.ruleNeedsPosttest");
  }

  private Optional<ModuleDescriptor> parse(String text) throws IOException {
    return parse(text, "TIP");
  }

  private Optional<ModuleDescriptor> parse(String text, String folder) throws IOException {
    return DescriptorParser.parse(FILE, new StringReader(text), folder, errors);
  }

  private void assertError(int line, String key, Object... arguments) {
    ContentError expected = ContentError.at(FILE, line, key, arguments);
    assertTrue(errors.contains(expected), () -> "expected " + expected + " in " + errors);
  }
}
