package org.capacita.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.catalog.content.ContentError;
import org.capacita.catalog.content.Question;
import org.capacita.catalog.content.QuestionParser;
import org.capacita.support.Browser;
import org.capacita.support.Mailbox;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Acceptance 3, in Spanish: a learner registers (and confirms the address by mail, which gives them
 * their person in the registry), takes the pre-test of "Atención de salud a personas víctimas de
 * trata", reads every lesson in order, passes the post-test and sees the module completed.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class LearningUiIT extends RunningApplication {

  private static final String CODE = "TIP-HEALTH";
  private static final Path MODULE =
      Path.of(System.getProperty("capacita.test.content-dir", "content"), "modules", CODE);

  private static final Pattern LINK = Pattern.compile("https?://\\S+\\?token=[\\w%-]+");
  private static final String PASSWORD = "una frase bastante larga";

  @ArquillianResource private URL base;

  @Test
  void shouldTakeAModuleFromPreTestToCompletionInSpanish() throws Exception {
    String learner = "vale-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> titles = lessonTitles();
    try (Browser browser = Browser.open(base, "es-CL")) {
      register(browser, learner);
      browser.signIn(learner, PASSWORD);
      browser.go("catalog/index.xhtml");
      assertEquals("Catálogo de módulos", browser.heading());
      browser.go("catalog/module.xhtml?code=" + CODE);
      assertEquals("Atención de salud a personas víctimas de trata", browser.heading());
      browser.click("#enrol\\:start");

      assertEquals("Evaluación inicial", browser.heading());
      browser.click("#begin\\:start");
      answer(browser, Map.of());
      browser.click("#test\\:submit");
      assertTrue(browser.text("#score").startsWith("Su puntaje"), browser.text("#score"));
      browser.click("#toLessons");

      for (int n = 1; n <= titles.size(); n++) {
        assertEquals(titles.get(n - 1), browser.heading());
        assertTrue(
            browser.text("#position").equals("Lección " + n + " de " + titles.size()),
            browser.text("#position"));
        browser.click("#lessonActions\\:finish");
      }

      assertEquals("Evaluación final", browser.heading());
      browser.click("#begin\\:start");
      assertAnswersAreLargeTouchTargets(browser);
      browser.find("fieldset.question label").click();
      browser.click("#test\\:submit");
      assertUnansweredQuestionsAreListedAtTheTop(browser);
      browser.width(390);
      assertAnswersAreLargeTouchTargets(browser);
      answer(browser, rightAnswers());
      browser.click("#test\\:submit");
      assertTrue(browser.text("#passed").contains("Aprobó"), browser.messages());
      assertTrue(browser.messages().contains("Completó"), browser.messages());

      browser.click("#toMyLearning");
      assertEquals("Mi aprendizaje", browser.heading());
      String card = browser.text("#module-" + CODE);
      assertTrue(card.contains("Completado el"), card);
      assertEquals(1, card.split("Completado", -1).length - 1, "said once: " + card);
      assertTrue(card.contains("100 % completado"), card);
    }

    org.capacita.support.Api api = new org.capacita.support.Api(base);
    var found =
        api.http()
            .get(
                "api/v1/people?q=" + learner + "@example.org",
                "Authorization",
                "Bearer " + api.demoToken("trainer"));
    long person =
        org.capacita.support.Http.json(found)
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    try (Browser trainer = Browser.open(base, "es-CL")) {
      trainer.signIn("trainer", org.capacita.support.TestSettings.demoPassword());
      trainer.go("people/person.xhtml?id=" + person);
      String record = trainer.text("#training");
      assertTrue(record.contains("Atención de salud a personas víctimas de trata"), record);
      assertTrue(record.contains("En línea"), record);
    }
  }

  /**
   * A partly answered test comes back with a summary at the top, which has the focus and links to
   * each question left out; the answer given is kept.
   */
  private static void assertUnansweredQuestionsAreListedAtTheTop(Browser browser) {
    int questions = browser.driver().findElements(By.cssSelector("fieldset.question")).size();
    List<String> links =
        browser.driver().findElements(By.cssSelector("#unanswered a")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    assertEquals(questions - 1, links.size(), links.toString());
    assertTrue(links.get(0).endsWith("#question-2"), links.toString());
    assertTrue(browser.has("#question-2 .field-error"));
    assertTrue(browser.find("#question-1 input[type=radio]").isSelected(), "the answer is kept");
    assertEquals(
        "unanswered",
        ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id"));
  }

  /** Each answer a row of at least 44 px, its text beside its radio button rather than under it. */
  private static void assertAnswersAreLargeTouchTargets(Browser browser) {
    WebElement radio = browser.find("fieldset.question input[type=radio]");
    WebElement label = browser.find("fieldset.question label");
    assertTrue(label.getRect().getHeight() >= 44, "a row " + label.getRect().getHeight() + " px");
    assertTrue(radio.getRect().getWidth() >= 20, "a radio " + radio.getRect().getWidth() + " px");
    assertTrue(label.getRect().getX() > radio.getRect().getX() + radio.getRect().getWidth() - 1);
    assertTrue(label.getRect().getY() <= radio.getRect().getY(), "beside, not under");
  }

  /** Registers through the page in Spanish and confirms the address from the mail. */
  private static void register(Browser browser, String username) throws Exception {
    browser.go("register.xhtml");
    browser.type("#register\\:username", username);
    browser.type("#register\\:email", username + "@example.org");
    browser.type("#register\\:password", PASSWORD);
    browser.type("#register\\:givenNames", "Valentina");
    browser.type("#register\\:familyNames", "Choque Condori");
    browser.select("sexMenu", "F");
    browser.type("#register\\:institution", "CESFAM Cirujano Videla");
    browser.select("sectorMenu", "health");
    browser.type("#register\\:workCity", "Iquique");
    browser.select("countryMenu", "CL");
    browser.click("#register\\:submit");
    MimeMessage mail = Mailbox.awaitMail(username + "@example.org");
    Matcher link = LINK.matcher(String.valueOf(mail.getContent()));
    assertTrue(link.find(), "no link in the mail");
    browser.open(link.group());
    browser.click("#confirm\\:submit");
    assertTrue(browser.messages().contains("confirmada"), browser.messages());
  }

  /** Chooses, in every question, the option whose text is the right one (or the first). */
  private static void answer(Browser browser, Map<String, String> right) {
    for (WebElement question : browser.driver().findElements(By.cssSelector("fieldset.question"))) {
      String stem = question.findElement(By.cssSelector(".stem")).getText();
      List<WebElement> labels = question.findElements(By.cssSelector("label"));
      WebElement choice =
          labels.stream()
              .filter(l -> l.getText().equals(right.get(stem)))
              .findFirst()
              .orElse(labels.get(0));
      choice.click();
    }
  }

  private static Map<String, String> rightAnswers() throws Exception {
    List<ContentError> errors = new ArrayList<>();
    List<Question> bank =
        QuestionParser.parse(
            "questions.md", Files.readAllLines(MODULE.resolve("es/questions.md")), errors);
    assertEquals(List.of(), errors);
    Map<String, String> right = new HashMap<>();
    bank.forEach(q -> right.put(q.stem(), q.options().get(q.correct())));
    return right;
  }

  private static List<String> lessonTitles() throws Exception {
    List<String> titles = new ArrayList<>();
    try (var files = Files.list(MODULE.resolve("es"))) {
      for (Path lesson :
          files
              .filter(p -> p.getFileName().toString().matches("[0-9]{2}-.*\\.md"))
              .sorted()
              .toList()) {
        titles.add(Files.readAllLines(lesson).get(0).substring(2).strip());
      }
    }
    return titles;
  }
}
