package org.capacita.catalog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionParserTest {

  private static final String FILE = "modules/TIP/es/questions.md";

  private final List<ContentError> errors = new ArrayList<>();

  @Test
  void shouldReadQuestionsWithStemsOptionsAndExplanations() {
    List<Question> questions =
        parse(
            """
            # Banco de preguntas

            ## Q01
            ¿Qué elementos definen la trata
            de personas adultas?

            - [ ] Una frontera
            - [x] Acción, medio y fin
            - [ ] Un pago
            > La definición exige los tres.

            ## Q02
            Elija la correcta.

            - [X] Sí
            - [ ] No
            - [ ] Tal vez
            - [ ] Nunca
            """);

    assertEquals(List.of(), errors);
    assertEquals(2, questions.size());
    Question first = questions.get(0);
    assertEquals("Q01", first.id());
    assertEquals("¿Qué elementos definen la trata de personas adultas?", first.stem());
    assertEquals(List.of("Una frontera", "Acción, medio y fin", "Un pago"), first.options());
    assertEquals(1, first.correct());
    assertEquals("La definición exige los tres.", first.explanation());
    assertEquals(3, first.line());
    assertEquals(0, questions.get(1).correct());
    assertNull(questions.get(1).explanation());
  }

  @Test
  void shouldReportEachBrokenQuestionAtItsLine() {
    List<Question> questions =
        parse(
            """
            ## Q01
            Two right answers.

            - [x] A
            - [x] B
            - [ ] C

            ## Q02
            Too few.

            - [x] A
            - [ ] B

            ## 3
            Bad id.

            - [x] A
            - [ ] B
            - [ ] C

            ## Q04

            - [x] No stem
            - [ ] B
            - [ ] C

            ## Q05
            Fine.

            - [x] A
            - [ ] B
            - [ ] C
            A stem line after the options.
            -[ ] not an option

            ## Q05
            Again.

            - [x] A
            - [ ] B
            - [ ] C
            """);

    assertTrue(questions.isEmpty(), questions.toString());
    assertError(1, "catalog.error.question.correctCount", "Q01", 2);
    assertError(8, "catalog.error.question.optionCount", "Q02", 2);
    assertError(14, "catalog.error.question.id", "3");
    assertError(21, "catalog.error.question.noStem", "Q04");
    assertError(33, "catalog.error.question.order", "Q05");
    assertError(34, "catalog.error.question.option", "Q05");
    assertError(36, "catalog.error.question.duplicateId", "Q05");
  }

  @Test
  void shouldRefuseTextBeforeTheFirstQuestionAndAnEmptyBank() {
    parse("Some words\n## Q01\nStem\n\n- [x] A\n- [ ] B\n- [ ] C\n");
    parse("# Only a title\n");

    assertError(1, "catalog.error.question.outside");
    assertError(0, "catalog.error.question.none");
  }

  private List<Question> parse(String text) {
    return QuestionParser.parse(FILE, text.lines().toList(), errors);
  }

  private void assertError(int line, String key, Object... arguments) {
    ContentError expected = ContentError.at(FILE, line, key, arguments);
    assertTrue(errors.contains(expected), () -> "expected " + expected + " in " + errors);
  }
}
