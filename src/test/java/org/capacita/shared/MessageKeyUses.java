package org.capacita.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the code names a message key literally, and how many arguments it passes there: Java calls
 * such as {@code PageMessages.info("key", a, b)} and page lookups such as {@code #{msg['key']}} or
 * {@code <h:outputFormat value="#{msg['key']}">} with its {@code <f:param>}s
 * (MessageArgumentsTest).
 */
final class MessageKeyUses {

  /** Java calls whose arguments after a literal message key are that message's arguments. */
  private static final Pattern KEYED_CALL =
      Pattern.compile(
          "(?<![\\w.])(Messages\\.get|PageMessages\\.(?:info|warn|error)"
              + "|BusinessRuleException\\.onField|new (?:BusinessRuleException|ConflictException"
              + "|InvalidInputException))\\s*\\(");

  /** A Java argument that is a key literal, or a choice between two. */
  private static final Pattern JAVA_KEY_ARGUMENT =
      Pattern.compile("\"([\\w.-]+)\"|[^\"?]+\\?\\s*\"([\\w.-]+)\"\\s*:\\s*\"([\\w.-]+)\"");

  /** Arguments that are arrays spread into the varargs: their length cannot be read. */
  private static final Pattern SPREAD = Pattern.compile("toArray\\(|[aA]rguments\\(|\\[]");

  private static final Pattern OUTPUT_FORMAT =
      Pattern.compile("<h:outputFormat\\b([^>]*?)(/>|>(.*?)</h:outputFormat>)", Pattern.DOTALL);
  private static final Pattern VALUE_ATTRIBUTE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
  private static final Pattern PARAM = Pattern.compile("<f:param\\b");
  private static final Pattern MSG_LOOKUP = Pattern.compile("msg\\[([^\\]]*)]");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  /** A message key the code names literally, and how many arguments it passes there. */
  record Use(String where, String key, int arguments) {}

  /** The uses of {@code keys} in the Java sources and pages under {@code roots}. */
  static List<Use> in(List<Path> roots, Set<String> keys) throws IOException {
    List<Use> uses = new ArrayList<>();
    for (Path file : files(roots, ".java")) {
      uses.addAll(javaUses(file, Files.readString(file), keys));
    }
    for (Path file : files(roots, ".xhtml")) {
      uses.addAll(pageUses(file, Files.readString(file), keys));
    }
    assertTrue(uses.size() > 100, "too few message uses found: " + uses.size());
    return uses;
  }

  /** Calls such as {@code PageMessages.info("workshop.edit.saved", title)}. */
  private static List<Use> javaUses(Path file, String source, Set<String> keys) {
    List<Use> uses = new ArrayList<>();
    Matcher call = KEYED_CALL.matcher(source);
    while (call.find()) {
      List<String> arguments = arguments(source, call.end());
      for (int i = 0; i < arguments.size(); i++) {
        List<String> named = javaKeys(arguments.get(i).strip(), keys);
        if (!named.isEmpty()) {
          List<String> rest = arguments.subList(i + 1, arguments.size());
          if (rest.stream().noneMatch(a -> SPREAD.matcher(a).find())) {
            for (String key : named) {
              uses.add(new Use(where(file, source, call.start()), key, rest.size()));
            }
          }
          break;
        }
      }
    }
    return uses;
  }

  /**
   * {@code #{msg['key']}} is shown as written, with no arguments; {@code <h:outputFormat
   * value="#{msg['key']}">} gets one per {@code <f:param>}. Keys built at run time are skipped.
   */
  private static List<Use> pageUses(Path file, String page, Set<String> keys) {
    List<Use> uses = new ArrayList<>();
    Set<Integer> formatted = new TreeSet<>();
    Matcher element = OUTPUT_FORMAT.matcher(page);
    while (element.find()) {
      Matcher value = VALUE_ATTRIBUTE.matcher(element.group(1));
      if (!value.find()) {
        continue;
      }
      String body = element.group(3) == null ? "" : element.group(3);
      int parameters = (int) PARAM.matcher(body).results().count();
      int valueStart = element.start(1) + value.start(1);
      Matcher lookup = MSG_LOOKUP.matcher(value.group(1));
      while (lookup.find()) {
        formatted.add(valueStart + lookup.start());
        for (String key : elKeys(lookup.group(1), keys)) {
          uses.add(new Use(where(file, page, element.start()), key, parameters));
        }
      }
    }
    Matcher lookup = MSG_LOOKUP.matcher(page);
    while (lookup.find()) {
      if (!formatted.contains(lookup.start())) {
        for (String key : elKeys(lookup.group(1), keys)) {
          uses.add(new Use(where(file, page, lookup.start()), key, 0));
        }
      }
    }
    return uses;
  }

  /** The keys an EL lookup names literally ({@code 'a'}, or {@code c ? 'a' : 'b'}). */
  private static List<String> elKeys(String expression, Set<String> keys) {
    if (expression.contains(".concat(") || expression.contains("+=")) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(expression);
    while (quoted.find()) {
      if (keys.contains(quoted.group(1))) {
        found.add(quoted.group(1));
      }
    }
    return found;
  }

  /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
  private static List<String> arguments(String source, int from) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < source.length() && source.charAt(end) != c) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        current.append(source, i, Math.min(end + 1, source.length()));
        i = end;
        continue;
      }
      if (depth == 0 && (c == ',' || c == ')')) {
        if (!current.toString().isBlank()) {
          arguments.add(current.toString());
        }
        current.setLength(0);
        if (c == ')') {
          return arguments;
        }
        continue;
      }
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        depth--;
      }
      current.append(c);
    }
    return arguments;
  }

  /** The keys a Java argument names: {@code "a"}, or {@code c ? "a" : "b"}; none if built. */
  private static List<String> javaKeys(String argument, Set<String> keys) {
    Matcher literal = JAVA_KEY_ARGUMENT.matcher(argument);
    if (!literal.matches()) {
      return List.of();
    }
    return Stream.of(literal.group(1), literal.group(2), literal.group(3))
        .filter(k -> k != null && keys.contains(k))
        .toList();
  }

  private static String where(Path file, String text, int offset) {
    long line = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    return file + ":" + line;
  }

  private static List<Path> files(List<Path> roots, String suffix) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.toString().endsWith(suffix)).sorted().forEach(found::add);
      }
    }
    return found;
  }

  private MessageKeyUses() {}
}
