package org.capacita.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the English/Spanish resource bundle pairs under {@code src/main/resources}: every {@code
 * X.properties} with a sibling {@code X_es.properties}. Both files must be valid UTF-8, hold the
 * same keys, have no empty values and use the same MessageFormat arguments; the {@code messages}
 * bundles must not hold a plain apostrophe in a value with arguments, which MessageFormat would
 * swallow.
 */
class MessageBundlesTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
  private static final Pattern PLAIN_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  /** One bundle pair: the English (default) file and its Spanish sibling. */
  private record BundlePair(Path english, Path spanish) {
    @Override
    public String toString() {
      return RESOURCES.relativize(english) + " / " + spanish.getFileName();
    }
  }

  @Test
  void shouldFindTheMessagesAndValidationBundlePairs() throws IOException {
    List<String> names =
        bundlePairs().stream().map(p -> p.english().getFileName().toString()).toList();
    assertTrue(names.contains("messages.properties"), "pairs found: " + names);
    assertTrue(names.contains("ValidationMessages.properties"), "pairs found: " + names);
  }

  @Test
  void shouldBeValidUtf8() throws IOException {
    List<String> problems = new ArrayList<>();
    for (BundlePair pair : bundlePairs()) {
      for (Path file : List.of(pair.english(), pair.spanish())) {
        CharsetDecoder decoder =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
          decoder.decode(ByteBuffer.wrap(Files.readAllBytes(file)));
        } catch (CharacterCodingException e) {
          problems.add(file + ": " + e);
        }
      }
    }
    assertTrue(problems.isEmpty(), "Not valid UTF-8:\n" + String.join("\n", problems));
  }

  @Test
  void shouldHoldTheSameKeysInEnglishAndSpanish() throws IOException {
    List<String> problems = new ArrayList<>();
    for (BundlePair pair : bundlePairs()) {
      Set<String> english = load(pair.english()).keySet();
      Set<String> spanish = load(pair.spanish()).keySet();
      Set<String> missingInSpanish = new TreeSet<>(english);
      missingInSpanish.removeAll(spanish);
      Set<String> missingInEnglish = new TreeSet<>(spanish);
      missingInEnglish.removeAll(english);
      if (!missingInSpanish.isEmpty()) {
        problems.add(pair.spanish().getFileName() + " lacks " + missingInSpanish);
      }
      if (!missingInEnglish.isEmpty()) {
        problems.add(pair.english().getFileName() + " lacks " + missingInEnglish);
      }
    }
    assertTrue(problems.isEmpty(), "Keys differ:\n" + String.join("\n", problems));
  }

  @Test
  void shouldHaveNoEmptyValues() throws IOException {
    List<String> problems = new ArrayList<>();
    for (BundlePair pair : bundlePairs()) {
      for (Path file : List.of(pair.english(), pair.spanish())) {
        load(file)
            .forEach(
                (key, value) -> {
                  if (value.isBlank()) {
                    problems.add(file.getFileName() + ": " + key);
                  }
                });
      }
    }
    assertTrue(problems.isEmpty(), "Empty values:\n" + String.join("\n", problems));
  }

  @Test
  void shouldUseTheSameArgumentsInEnglishAndSpanish() throws IOException {
    List<String> problems = new ArrayList<>();
    for (BundlePair pair : bundlePairs()) {
      Map<String, String> english = load(pair.english());
      Map<String, String> spanish = load(pair.spanish());
      english.forEach(
          (key, value) -> {
            if (spanish.containsKey(key)) {
              Set<Integer> en = arguments(value);
              Set<Integer> es = arguments(spanish.get(key));
              if (!en.equals(es)) {
                problems.add(
                    pair
                        + ": "
                        + key
                        + " has arguments "
                        + en
                        + " in English, "
                        + es
                        + " in Spanish");
              }
            }
          });
    }
    assertTrue(problems.isEmpty(), "Arguments differ:\n" + String.join("\n", problems));
  }

  @Test
  void shouldHaveNoPlainApostropheInMessagesWithArguments() throws IOException {
    List<String> problems = new ArrayList<>();
    for (BundlePair pair : bundlePairs()) {
      if (!pair.english().getFileName().toString().startsWith("messages")) {
        continue;
      }
      for (Path file : List.of(pair.english(), pair.spanish())) {
        load(file)
            .forEach(
                (key, value) -> {
                  if (!arguments(value).isEmpty() && PLAIN_APOSTROPHE.matcher(value).find()) {
                    problems.add(file.getFileName() + ": " + key + "=" + value);
                  }
                });
      }
    }
    assertTrue(
        problems.isEmpty(),
        "MessageFormat swallows a single ' (write '' or a typographic ’):\n"
            + String.join("\n", problems));
  }

  /** Every {@code X.properties} under the resources folder that has a sibling {@code X_es}. */
  private static List<BundlePair> bundlePairs() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".properties"))
          .map(
              p -> {
                String name = p.getFileName().toString();
                String base = name.substring(0, name.length() - ".properties".length());
                return new BundlePair(p, p.resolveSibling(base + "_es.properties"));
              })
          .filter(pair -> Files.isRegularFile(pair.spanish()))
          .sorted((a, b) -> a.english().compareTo(b.english()))
          .toList();
    }
  }

  private static Map<String, String> load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
    return values;
  }

  /** The MessageFormat argument indexes a value uses: {@code {0}}, {@code {1,number}}... */
  private static Set<Integer> arguments(String value) {
    Set<Integer> indexes = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(value);
    while (matcher.find()) {
      indexes.add(Integer.parseInt(matcher.group(1)));
    }
    return indexes;
  }
}
