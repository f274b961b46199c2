package org.capacita.shared.rest.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Where a streaming parser stands in a document, written as the API names fields: {@code capacity},
 * {@code sessions[0].date}, {@code trainerIds[1]}; {@code body} for the document itself.
 */
final class JsonPath {

  private final Deque<Level> levels = new ArrayDeque<>();

  /** An object or array entered and not yet left. */
  private static final class Level {
    final boolean array;
    String key;
    int index = -1;

    Level(boolean array) {
      this.array = array;
    }
  }

  void key(String name) {
    if (!levels.isEmpty()) {
      levels.peek().key = name;
    }
  }

  /** A value starts: in an array, the next element. */
  void value() {
    if (!levels.isEmpty() && levels.peek().array) {
      levels.peek().index++;
    }
  }

  void enter(boolean array) {
    value();
    levels.push(new Level(array));
  }

  void leave() {
    levels.poll();
  }

  boolean inArray() {
    return !levels.isEmpty() && levels.peek().array;
  }

  boolean inObject() {
    return !levels.isEmpty() && !levels.peek().array;
  }

  @Override
  public String toString() {
    StringBuilder path = new StringBuilder();
    for (Iterator<Level> outward = levels.descendingIterator(); outward.hasNext(); ) {
      Level level = outward.next();
      if (level.array) {
        path.append('[').append(Math.max(level.index, 0)).append(']');
      } else if (level.key != null) {
        path.append(path.length() == 0 ? "" : ".").append(level.key);
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }
}
