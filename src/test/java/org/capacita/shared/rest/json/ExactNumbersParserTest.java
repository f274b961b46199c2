package org.capacita.shared.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.capacita.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ExactNumbersParserTest {

  @Test
  void shouldGiveWholeNumbersAsWritten() {
    assertEquals(List.of(12L, -3L, 12L, 100L), longs("[12, -3, 12.0, 1e2]"));
    assertEquals(Long.MAX_VALUE, longs("[9223372036854775807]").get(0));
    try (JsonParser parser = parser("{\"capacity\": 2147483647}")) {
      parser.next();
      parser.next();
      parser.next();
      assertEquals(Integer.MAX_VALUE, parser.getInt());
    }
  }

  @Test
  void shouldRefuseAnIntThatIsNotWholeOrTooLargeNamingTheField() {
    for (String number : new String[] {"99999999999999", "1.5", "2147483648", "1e2000", "1e-9"}) {
      InvalidInputException refused = refusedInt("{\"title\":\"x\",\"capacity\":" + number + "}");

      assertEquals("capacity", refused.getField(), number);
      assertEquals("problem.field.wholeNumber", refused.getMessageKey());
      assertEquals("capacity", refused.getArguments()[0]);
      assertEquals((long) Integer.MIN_VALUE, refused.getArguments()[1]);
      assertEquals((long) Integer.MAX_VALUE, refused.getArguments()[2]);
    }
  }

  @Test
  void shouldRefuseALongThatATruncationWouldChange() {
    for (String number : new String[] {"18446744073709551617", "7.5", "-9223372036854775809"}) {
      try (JsonParser parser = parser("[" + number + "]")) {
        parser.next();
        parser.next();
        InvalidInputException refused = assertThrows(InvalidInputException.class, parser::getLong);
        assertEquals("[0]", refused.getField(), number);
      }
    }
  }

  @Test
  void shouldNameNestedFieldsAndArrayElementsAsTheApiDoes() {
    assertEquals(
        "sessions[1].number",
        refusedInt("{\"sessions\":[{\"number\":1},{\"date\":\"x\",\"number\":1.5}]}").getField());
    assertEquals("trainerIds[2]", refusedInt("{\"trainerIds\":[1,2,3.5]}").getField());
    assertEquals(
        "answers[0].option",
        refusedInt("{\"answers\":[{\"question\":\"Q1\",\"option\":0.5}]}").getField());
    assertEquals("[1].personId", refusedInt("[{\"personId\":1},{\"personId\":1.5}]").getField());
    assertEquals("body", refusedInt("1.5").getField());
  }

  @Test
  void shouldKeepItsPlaceWhenStructuresAreSkippedOrReadWhole() {
    String json =
        "{\"skipped\":{\"a\":[1,{\"b\":2}]},\"read\":[1,[2]],\"list\":[[0],{\"x\":1},7.5]}";
    try (JsonParser parser = parser(json)) {
      parser.next(); // {
      parser.next(); // skipped
      parser.next(); // {
      parser.skipObject();
      parser.next(); // read
      parser.next(); // [
      parser.getArray();
      parser.next(); // list
      parser.next(); // [
      parser.next(); // [
      parser.skipArray();
      parser.next(); // {
      parser.getValue();
      parser.next(); // 7.5
      assertEquals("list[2]", assertThrows(InvalidInputException.class, parser::getInt).getField());
    }
  }

  private static InvalidInputException refusedInt(String json) {
    try (JsonParser parser = parser(json)) {
      while (parser.hasNext()) {
        if (parser.next() == Event.VALUE_NUMBER) {
          try {
            parser.getInt();
          } catch (InvalidInputException refused) {
            return refused;
          }
        }
      }
    }
    throw new AssertionError("nothing refused in " + json);
  }

  private static List<Long> longs(String json) {
    List<Long> numbers = new ArrayList<>();
    try (JsonParser parser = parser(json)) {
      while (parser.hasNext()) {
        if (parser.next() == Event.VALUE_NUMBER) {
          numbers.add(parser.getLong());
        }
      }
    }
    return numbers;
  }

  private static JsonParser parser(String json) {
    return new ExactNumbersProvider(JsonProvider.provider()).createParser(new StringReader(json));
  }
}
