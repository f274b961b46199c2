package org.capacita.catalog.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.capacita.catalog.domain.CompletionRule;
import org.capacita.catalog.domain.ModuleStatus;
import org.capacita.shared.i18n.Messages;

/**
 * Reads {@code module.properties}: one {@code key = value} a line, {@code #} comments, UTF-8. Read
 * line by line (not with {@link java.util.Properties}) so that every error names its line.
 */
public final class DescriptorParser {

  private static final Set<String> PLAIN_KEYS =
      Set.of(
          "code",
          "version",
          "status",
          "hours",
          "sectors",
          "languages",
          "pretest",
          "posttest",
          "pass.mark",
          "attempts.max",
          "completion",
          "workshop.attendance",
          "workshop.posttest");
  private static final int MAX_HOURS = 1000;

  private final String file;
  private final List<ContentError> errors;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();

  private DescriptorParser(String file, List<ContentError> errors) {
    this.file = file;
    this.errors = errors;
  }

  /**
   * The descriptor in {@code reader}, or empty when it has errors, which are added to {@code
   * errors}. {@code folder} is the module's folder name, which the code must match.
   */
  public static Optional<ModuleDescriptor> parse(
      String file, Reader reader, String folder, List<ContentError> errors) throws IOException {
    DescriptorParser parser = new DescriptorParser(file, errors);
    int before = errors.size();
    parser.read(reader);
    ModuleDescriptor descriptor = parser.descriptor(folder);
    return errors.size() == before ? Optional.of(descriptor) : Optional.empty();
  }

  private void read(Reader reader) throws IOException {
    BufferedReader lineReader = new BufferedReader(reader);
    String text;
    int number = 0;
    while ((text = lineReader.readLine()) != null) {
      number++;
      String line = number == 1 ? text.replace("\uFEFF", "").strip() : text.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        error(number, "catalog.error.syntax");
        continue;
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      if (!isKnown(key)) {
        error(number, "catalog.error.unknownKey", key);
      } else if (values.containsKey(key)) {
        error(number, "catalog.error.duplicateKey", key, lines.get(key));
      } else if (value.isEmpty()) {
        error(number, "catalog.error.emptyValue", key);
      } else {
        values.put(key, value);
        lines.put(key, number);
      }
    }
  }

  private static boolean isKnown(String key) {
    if (PLAIN_KEYS.contains(key)) {
      return true;
    }
    int dot = key.indexOf('.');
    String prefix = dot < 0 ? key : key.substring(0, dot);
    return (prefix.equals("title") || prefix.equals("description"))
        && Messages.isSupported(key.substring(dot + 1));
  }

  private ModuleDescriptor descriptor(String folder) {
    String code = required("code");
    if (code != null && !code.equals(folder)) {
      error(lines.get("code"), "catalog.error.codeMismatch", code, folder);
    }
    int version = number("version", 1, Integer.MAX_VALUE);
    ModuleStatus status = status();
    BigDecimal hours = hours();
    List<String> sectors = list("sectors", "[a-z][a-z0-9_]{1,39}");
    List<String> languages = list("languages", "en|es");
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (String language : languages) {
      Optional.ofNullable(required("title." + language)).ifPresent(t -> titles.put(language, t));
      Optional.ofNullable(required("description." + language))
          .ifPresent(d -> descriptions.put(language, d));
    }
    for (String key : values.keySet()) {
      int dot = key.indexOf('.');
      if ((key.startsWith("title.") || key.startsWith("description."))
          && !languages.contains(key.substring(dot + 1))) {
        error(lines.get(key), "catalog.error.languageNotListed", key);
      }
    }
    boolean pretest = bool("pretest");
    boolean posttest = bool("posttest");
    int passMark = posttest ? number("pass.mark", 0, 100) : optionalNumber("pass.mark", 0, 100);
    int maxAttempts =
        posttest ? number("attempts.max", 1, 100) : optionalNumber("attempts.max", 1, 100);
    CompletionRule completion = completion();
    if (completion == CompletionRule.LESSONS_AND_POSTTEST && values.containsKey("posttest")) {
      if (!posttest) {
        error(lines.get("completion"), "catalog.error.ruleNeedsPosttest");
      }
    }
    int workshopAttendance =
        values.containsKey("workshop.attendance")
            ? number("workshop.attendance", 1, 100)
            : ModuleDescriptor.DEFAULT_WORKSHOP_ATTENDANCE;
    boolean workshopPostTest =
        values.containsKey("workshop.posttest")
            ? bool("workshop.posttest")
            : completion == CompletionRule.LESSONS_AND_POSTTEST;
    if (workshopPostTest && !posttest && values.containsKey("workshop.posttest")) {
      error(lines.get("workshop.posttest"), "catalog.error.workshopPostTestNeedsPosttest");
    }
    return new ModuleDescriptor(
        code,
        version,
        status,
        hours,
        sectors,
        languages,
        titles,
        descriptions,
        pretest,
        posttest,
        passMark,
        maxAttempts,
        completion,
        workshopAttendance,
        workshopPostTest && posttest);
  }

  private String required(String key) {
    String value = values.get(key);
    if (value == null) {
      error(0, "catalog.error.missingKey", key);
    }
    return value;
  }

  private int number(String key, int min, int max) {
    String value = required(key);
    return value == null ? 0 : parseNumber(key, value, min, max);
  }

  private int optionalNumber(String key, int min, int max) {
    String value = values.get(key);
    return value == null ? 0 : parseNumber(key, value, min, max);
  }

  private int parseNumber(String key, String value, int min, int max) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(lines.get(key), "catalog.error.notNumber", key, value, min, max);
    return 0;
  }

  private boolean bool(String key) {
    String value = required(key);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (!value.equals("true")) {
      error(lines.get(key), "catalog.error.notOneOf", key, "true, false", value);
    }
    return value.equals("true");
  }

  private ModuleStatus status() {
    String value = required("status");
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "draft" -> ModuleStatus.DRAFT;
      case "published" -> ModuleStatus.PUBLISHED;
      case "retired" -> ModuleStatus.RETIRED;
      default -> {
        error(
            lines.get("status"),
            "catalog.error.notOneOf",
            "status",
            "draft, published, retired",
            value);
        yield null;
      }
    };
  }

  private CompletionRule completion() {
    String value = required("completion");
    if (value == null) {
      return null;
    }
    Optional<CompletionRule> rule = CompletionRule.ofWord(value);
    if (rule.isEmpty()) {
      error(
          lines.get("completion"),
          "catalog.error.notOneOf",
          "completion",
          "lessons+posttest, lessons",
          value);
    }
    return rule.orElse(null);
  }

  private BigDecimal hours() {
    String value = required("hours");
    if (value == null) {
      return null;
    }
    try {
      BigDecimal hours = new BigDecimal(value);
      if (hours.signum() > 0
          && hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) <= 0
          && hours.stripTrailingZeros().scale() <= 1) {
        return hours;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(lines.get("hours"), "catalog.error.hours", value);
    return null;
  }

  private List<String> list(String key, String pattern) {
    String value = required(key);
    if (value == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : Arrays.stream(value.split(",")).map(String::strip).toList()) {
      if (!item.matches(pattern)) {
        error(lines.get(key), "catalog.error.listItem", key, item);
      } else if (items.contains(item)) {
        error(lines.get(key), "catalog.error.listRepeat", key, item);
      } else {
        items.add(item);
      }
    }
    return items;
  }

  private void error(Integer line, String key, Object... arguments) {
    errors.add(ContentError.at(file, line == null ? 0 : line, key, arguments));
  }
}
