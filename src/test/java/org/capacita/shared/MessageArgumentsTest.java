package org.capacita.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.accounts.application.AccountMails;
import org.capacita.certificates.application.CertificateMailRecords;
import org.capacita.enrollment.application.EnrolmentMail;
import org.capacita.enrollment.application.Notice;
import org.capacita.infrastructure.mail.MailMessage;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.ValidationTexts;
import org.junit.jupiter.api.Test;

/**
 * Every message of every bundle, formatted as the application formats it. A {@code messages} value
 * is a {@link MessageFormat}: it is parsed, given as many arguments as it declares (a marker each,
 * or a number or date where its format wants one), and must leave no {@code {n}} behind; English
 * and Spanish must use the same argument indexes. A {@code ValidationMessages} value is a Bean
 * Validation template with named parameters ({@code {min}}), interpolated as the API does. Where
 * the code's own call can be read (every mail, a literal key in a Java call or a page), it must
 * pass at least as many arguments as the message declares: MessageFormat leaves a missing one as a
 * literal {@code {1}}, which is how mail subjects read "Inscripción confirmada: {1}".
 */
class MessageArgumentsTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path MESSAGES = RESOURCES.resolve("org/capacita/i18n/messages.properties");
  private static final Path MESSAGES_ES =
      RESOURCES.resolve("org/capacita/i18n/messages_es.properties");
  private static final Path VALIDATION = RESOURCES.resolve("ValidationMessages.properties");
  private static final Path VALIDATION_ES = RESOURCES.resolve("ValidationMessages_es.properties");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Path PAGES = Path.of("src/main/webapp");

  private static final Pattern LEFTOVER = Pattern.compile("\\{\\s*\\d+\\s*[,}]");
  private static final Pattern NAMED_PARAMETER = Pattern.compile("\\{([A-Za-z][\\w.]*)}");
  private static final Pattern PLAIN_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
  private static final List<String> MAIL_KEY_PREFIXES = List.of("mail.", "enrollment.mail.");

  @Test
  void shouldFormatEveryMessageWithTheArgumentsItDeclaresAndLeaveNoPlaceholder()
      throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : List.of(MESSAGES, MESSAGES_ES)) {
      Locale locale = file == MESSAGES ? Messages.ENGLISH : Messages.SPANISH;
      load(file)
          .forEach(
              (key, value) -> {
                try {
                  String shown = shown(key, value, locale);
                  if (LEFTOVER.matcher(shown).find()) {
                    problems.add(file.getFileName() + ": " + key + " shows " + shown);
                  }
                  if (isMail(key) && PLAIN_APOSTROPHE.matcher(value).find()) {
                    problems.add(
                        file.getFileName() + ": " + key + " is always formatted: write '' for '");
                  }
                } catch (IllegalArgumentException e) {
                  problems.add(file.getFileName() + ": " + key + " does not parse: " + e);
                }
              });
    }
    for (Path file : List.of(VALIDATION, VALIDATION_ES)) {
      Locale locale = file == VALIDATION ? Messages.ENGLISH : Messages.SPANISH;
      load(file)
          .forEach(
              (key, value) -> {
                Map<String, Object> attributes = new HashMap<>();
                named(value).forEach(name -> attributes.put(name, "«" + name + "»"));
                String shown = ValidationTexts.interpolate("{" + key + "}", attributes, locale);
                if (shown.contains("{") || LEFTOVER.matcher(value).find()) {
                  problems.add(file.getFileName() + ": " + key + " shows " + shown);
                }
              });
    }
    assertTrue(problems.isEmpty(), "Placeholders left:\n" + String.join("\n", problems));
  }

  @Test
  void shouldDeclareTheSameArgumentsInEnglishAndSpanish() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, String> spanish = load(MESSAGES_ES);
    load(MESSAGES)
        .forEach(
            (key, english) -> {
              if (spanish.containsKey(key)) {
                Set<Integer> en = declared(english);
                Set<Integer> es = declared(spanish.get(key));
                if (!en.equals(es)) {
                  problems.add(key + ": English " + en + ", Spanish " + es);
                }
              }
            });
    Map<String, String> spanishValidation = load(VALIDATION_ES);
    load(VALIDATION)
        .forEach(
            (key, english) -> {
              if (spanishValidation.containsKey(key)
                  && !named(english).equals(named(spanishValidation.get(key)))) {
                problems.add(
                    key
                        + ": English "
                        + named(english)
                        + ", Spanish "
                        + named(spanishValidation.get(key)));
              }
            });
    assertTrue(problems.isEmpty(), "Arguments differ:\n" + String.join("\n", problems));
  }

  @Test
  void shouldComposeEveryMailKeyWithEveryArgumentItDeclares() throws IOException {
    Map<String, Function<Locale, MailMessage>> composers = mailComposers();
    List<String> problems = new ArrayList<>();
    for (Path file : List.of(MESSAGES, MESSAGES_ES)) {
      Locale locale = file == MESSAGES ? Messages.ENGLISH : Messages.SPANISH;
      for (String key : load(file).keySet()) {
        if (!isMail(key)) {
          continue;
        }
        String mail = key.substring(0, key.lastIndexOf('.'));
        Function<Locale, MailMessage> composer = composers.get(mail);
        if (composer == null) {
          problems.add(key + ": no mail of the code composes it");
          continue;
        }
        MailMessage composed = composer.apply(locale);
        String text = key.endsWith(".subject") ? composed.subject() : composed.body();
        if (LEFTOVER.matcher(text).find()) {
          problems.add(
              file.getFileName()
                  + ": "
                  + key
                  + " declares arguments "
                  + declared(load(file).get(key))
                  + ", the code passes fewer: "
                  + text);
        }
      }
    }
    assertTrue(problems.isEmpty(), "Mails short of arguments:\n" + String.join("\n", problems));
  }

  @Test
  void shouldPassEveryLiteralKeyInTheCodeAsManyArgumentsAsItDeclares() throws IOException {
    Map<String, String> english = load(MESSAGES);
    Map<String, String> spanish = load(MESSAGES_ES);
    List<String> problems = new ArrayList<>();
    for (MessageKeyUses.Use use : MessageKeyUses.in(List.of(JAVA, PAGES), english.keySet())) {
      for (Map<String, String> bundle : List.of(english, spanish)) {
        int declared = count(bundle.get(use.key()));
        if (use.arguments() < declared) {
          problems.add(
              use.where()
                  + ": "
                  + use.key()
                  + " declares "
                  + declared
                  + " argument(s), gets "
                  + use.arguments());
          break;
        }
      }
    }
    assertTrue(problems.isEmpty(), "Messages short of arguments:\n" + String.join("\n", problems));
  }

  /** The text a reader sees: a message with arguments formatted, one without shown as written. */
  private static String shown(String key, String value, Locale locale) {
    MessageFormat format = new MessageFormat(value, locale);
    Format[] formats = format.getFormatsByArgumentIndex();
    if (formats.length == 0 && !isMail(key)) {
      return value;
    }
    return format.format(dummies(formats));
  }

  /** The argument indexes a MessageFormat pattern really uses, as MessageFormat parses it. */
  private static Set<Integer> declared(String value) {
    MessageFormat format = new MessageFormat(value, Locale.ROOT);
    Format[] formats = format.getFormatsByArgumentIndex();
    String text = format.format(dummies(formats));
    Set<Integer> used = new TreeSet<>();
    for (int i = 0; i < formats.length; i++) {
      if (formats[i] != null || text.contains(marker(i))) {
        used.add(i);
      }
    }
    return used;
  }

  /** How many arguments a caller must pass: one more than the highest index used. */
  private static int count(String value) {
    return value == null
        ? 0
        : new MessageFormat(value, Locale.ROOT).getFormatsByArgumentIndex().length;
  }

  private static Object[] dummies(Format[] formats) {
    Object[] arguments = new Object[formats.length];
    for (int i = 0; i < formats.length; i++) {
      if (formats[i] instanceof NumberFormat) {
        arguments[i] = 3;
      } else if (formats[i] instanceof DateFormat) {
        arguments[i] = new Date(0);
      } else {
        arguments[i] = marker(i);
      }
    }
    return arguments;
  }

  private static String marker(int index) {
    return "«arg" + index + "»";
  }

  private static Set<String> named(String value) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = NAMED_PARAMETER.matcher(value);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static boolean isMail(String key) {
    return MAIL_KEY_PREFIXES.stream().anyMatch(key::startsWith)
        && (key.endsWith(".subject") || key.endsWith(".body"));
  }

  /** Every mail of the code by its key, composed from marker facts by the code that sends it. */
  private static Map<String, Function<Locale, MailMessage>> mailComposers() {
    Map<String, Function<Locale, MailMessage>> composers = new LinkedHashMap<>();
    for (Notice notice : Notice.values()) {
      EnrolmentMail facts =
          new EnrolmentMail(
              notice,
              "«name»",
              "«workshop»",
              "«venue»",
              "«city»",
              LocalDate.of(2027, 4, 17),
              LocalTime.of(9, 0),
              2,
              "«reason»");
      composers.put(notice.key(), locale -> facts.compose("a@example.org", locale));
    }
    composers.put(
        "mail.certificate",
        locale ->
            CertificateMailRecords.compose(
                "a@example.org",
                locale,
                "«holder»",
                "«module»",
                7,
                "https://x.example/verify/A",
                "«issuer»"));
    for (AccountMails.Kind kind : AccountMails.Kind.values()) {
      composers.put(
          kind.key(),
          locale ->
              AccountMails.compose(
                  kind, "a@example.org", locale, "«user»", "https://x.example", "«token»"));
    }
    return composers;
  }

  private static Map<String, String> load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
    return values;
  }
}
