package org.capacita.shared.rest.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;
import org.capacita.shared.domain.InvalidInputException;

/**
 * A JSON-P parser whose {@link #getInt} and {@link #getLong} give the number written or refuse it.
 * JSON-B reads {@code int}, {@code Integer}, {@code long} and {@code Long} fields through these
 * two, and the parsers they came from return {@code BigDecimal.intValue()}: {@code 1.5} became 1
 * and {@code 99999999999999} became 276447231. The refusal names the field where the number stands,
 * so the answer is a 400 with that field in {@code errors}. Everything else is passed on.
 */
final class ExactNumbersParser implements JsonParser {

  private final JsonParser parser;
  private final JsonPath path = new JsonPath();
  private Event current;

  ExactNumbersParser(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public int getInt() {
    return (int) exact(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  @Override
  public long getLong() {
    return exact(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  private long exact(long min, long max) {
    try {
      long value = parser.getBigDecimal().longValueExact();
      if (value >= min && value <= max) {
        return value;
      }
    } catch (ArithmeticException | NumberFormatException | UnsupportedOperationException e) {
      // a fraction, more than a long holds, or an exponent beyond what the parser reads
    }
    String field = path.toString();
    throw new InvalidInputException(field, "problem.field.wholeNumber", field, min, max);
  }

  @Override
  public Event next() {
    current = parser.next();
    switch (current) {
      case KEY_NAME -> path.key(parser.getString());
      case START_OBJECT -> path.enter(false);
      case START_ARRAY -> path.enter(true);
      case END_OBJECT, END_ARRAY -> path.leave();
      default -> path.value();
    }
    return current;
  }

  @Override
  public JsonObject getObject() {
    JsonObject object = parser.getObject();
    path.leave();
    return object;
  }

  @Override
  public JsonArray getArray() {
    JsonArray array = parser.getArray();
    path.leave();
    return array;
  }

  @Override
  public JsonValue getValue() {
    JsonValue value = parser.getValue();
    if (current == Event.START_OBJECT || current == Event.START_ARRAY) {
      path.leave();
    }
    return value;
  }

  @Override
  public void skipObject() {
    if (path.inObject()) {
      parser.skipObject();
      path.leave();
    }
  }

  @Override
  public void skipArray() {
    if (path.inArray()) {
      parser.skipArray();
      path.leave();
    }
  }

  @Override
  public boolean hasNext() {
    return parser.hasNext();
  }

  @Override
  public Event currentEvent() {
    return parser.currentEvent();
  }

  @Override
  public String getString() {
    return parser.getString();
  }

  @Override
  public boolean isIntegralNumber() {
    return parser.isIntegralNumber();
  }

  @Override
  public BigDecimal getBigDecimal() {
    return parser.getBigDecimal();
  }

  @Override
  public JsonLocation getLocation() {
    return parser.getLocation();
  }

  // The streams consume the rest of a structure out of this parser's sight; JSON-B reads none.

  @Override
  public Stream<JsonValue> getArrayStream() {
    return parser.getArrayStream();
  }

  @Override
  public Stream<Map.Entry<String, JsonValue>> getObjectStream() {
    return parser.getObjectStream();
  }

  @Override
  public Stream<JsonValue> getValueStream() {
    return parser.getValueStream();
  }

  @Override
  public void close() {
    parser.close();
  }
}
