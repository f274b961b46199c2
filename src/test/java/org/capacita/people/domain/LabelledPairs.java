package org.capacita.people.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the labelled person pairs of {@code /people/matcher-pairs.csv}: a header row, then label
 * (SAME or DIFFERENT), case, and eight columns per person. A tiny CSV reader (commas, double
 * quotes, doubled quotes inside quotes) because no CSV library is on the test classpath.
 */
final class LabelledPairs {

  /** One labelled pair of person records. */
  record Pair(boolean same, String kind, PersonFacts a, PersonFacts b) {}

  private LabelledPairs() {}

  static List<Pair> load(String resource) {
    try (InputStream in = LabelledPairs.class.getResourceAsStream(resource)) {
      String text =
          new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
      List<List<String>> rows = parse(text);
      List<Pair> pairs = new ArrayList<>();
      for (List<String> row : rows.subList(1, rows.size())) {
        if (row.size() != 18) {
          throw new IllegalStateException("expected 18 columns: " + row);
        }
        pairs.add(
            new Pair(
                row.get(0).equals("SAME"),
                row.get(1),
                facts(row.subList(2, 10)),
                facts(row.subList(10, 18))));
      }
      return pairs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PersonFacts facts(List<String> c) {
    return new PersonFacts(
        c.get(0),
        c.get(1),
        c.get(2).charAt(0),
        orNull(c.get(3)),
        orNull(c.get(4)),
        c.get(5),
        orNull(c.get(6)),
        orNull(c.get(7)));
  }

  private static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }

  /** Splits CSV text into rows of fields; skips empty lines. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        endRow(rows, row, field);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    endRow(rows, row, field);
    return rows;
  }

  private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field) {
    if (!row.isEmpty() || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    field.setLength(0);
  }
}
