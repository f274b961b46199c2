package org.capacita.catalog.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question bank, {@code <lang>/questions.md}:
 *
 * <pre>
 * ## Q01
 * The stem, one or more lines.
 *
 * - [ ] a wrong option
 * - [x] the right option
 * - [ ] another wrong option
 * &gt; Optional explanation.
 * </pre>
 *
 * Each question has 3 to 5 options and exactly one marked {@code [x]}. A {@code # Title} line and
 * blank lines may come before the first question.
 */
public final class QuestionParser {

  public static final int MIN_OPTIONS = 3;
  public static final int MAX_OPTIONS = 5;

  private static final Pattern HEADING = Pattern.compile("##\\s+(\\S+)\\s*");
  private static final Pattern ID = Pattern.compile("Q[0-9]{2,3}");
  private static final Pattern OPTION = Pattern.compile("[-*]\\s+\\[( |x|X)\\]\\s+(\\S.*)");

  private final String file;
  private final List<ContentError> errors;
  private final List<Question> questions = new ArrayList<>();
  private final Set<String> ids = new LinkedHashSet<>();

  private String id;
  private int headingLine;
  private final List<String> stem = new ArrayList<>();
  private final List<String> options = new ArrayList<>();
  private final List<Integer> marked = new ArrayList<>();
  private final List<String> explanation = new ArrayList<>();
  private boolean broken;

  private QuestionParser(String file, List<ContentError> errors) {
    this.file = file;
    this.errors = errors;
  }

  /** The questions in {@code lines}; errors, each with its line, are added to {@code errors}. */
  public static List<Question> parse(String file, List<String> lines, List<ContentError> errors) {
    QuestionParser parser = new QuestionParser(file, errors);
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
      parser.line(i + 1, line.strip());
    }
    parser.finish();
    if (parser.questions.isEmpty() && parser.id == null && parser.ids.isEmpty()) {
      errors.add(ContentError.at(file, 0, "catalog.error.question.none"));
    }
    return List.copyOf(parser.questions);
  }

  private void line(int number, String line) {
    Matcher heading = HEADING.matcher(line);
    if (heading.matches()) {
      finish();
      open(number, heading.group(1));
      return;
    }
    if (line.isEmpty()) {
      return;
    }
    if (id == null) {
      if (!(questions.isEmpty() && ids.isEmpty() && line.startsWith("# "))) {
        error(number, "catalog.error.question.outside");
      }
      return;
    }
    Matcher option = OPTION.matcher(line);
    if (option.matches()) {
      if (!explanation.isEmpty()) {
        error(number, "catalog.error.question.order", id);
      }
      if (!option.group(1).isBlank()) {
        marked.add(options.size());
      }
      options.add(option.group(2).strip());
    } else if (line.startsWith(">")) {
      if (options.isEmpty()) {
        error(number, "catalog.error.question.order", id);
      }
      explanation.add(line.substring(1).strip());
    } else if (line.startsWith("-") || line.startsWith("*")) {
      error(number, "catalog.error.question.option", id);
    } else if (options.isEmpty() && explanation.isEmpty()) {
      stem.add(line);
    } else {
      error(number, "catalog.error.question.order", id);
    }
  }

  private void open(int number, String candidate) {
    headingLine = number;
    broken = false;
    if (!ID.matcher(candidate).matches()) {
      error(number, "catalog.error.question.id", candidate);
      id = candidate;
      broken = true;
    } else if (!ids.add(candidate)) {
      error(number, "catalog.error.question.duplicateId", candidate);
      id = candidate;
      broken = true;
    } else {
      id = candidate;
    }
  }

  private void finish() {
    if (id == null) {
      return;
    }
    if (stem.isEmpty()) {
      error(headingLine, "catalog.error.question.noStem", id);
    } else if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
      error(headingLine, "catalog.error.question.optionCount", id, options.size());
    } else if (marked.size() != 1) {
      error(headingLine, "catalog.error.question.correctCount", id, marked.size());
    } else if (!broken) {
      questions.add(
          new Question(
              id,
              String.join(" ", stem),
              options,
              marked.get(0),
              explanation.isEmpty() ? null : String.join(" ", explanation),
              headingLine));
    }
    id = null;
    stem.clear();
    options.clear();
    marked.clear();
    explanation.clear();
  }

  private void error(int line, String key, Object... arguments) {
    errors.add(ContentError.at(file, line, key, arguments));
    broken = true;
  }
}
