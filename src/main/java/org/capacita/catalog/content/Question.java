package org.capacita.catalog.content;

import java.util.List;

/**
 * One question of a module's item bank in one language: its id ({@code Q01}), stem, options in
 * their written order, the position of the correct option (from 0), an optional explanation, and
 * the line of its heading in the file.
 */
public record Question(
    String id, String stem, List<String> options, int correct, String explanation, int line) {

  public Question {
    options = List.copyOf(options);
    if (correct < 0 || correct >= options.size()) {
      throw new IllegalArgumentException("The correct option must be one of the options");
    }
  }
}
