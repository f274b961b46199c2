package org.capacita.attendance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckInCodeTest {

  private static final Duration STEP = Duration.ofSeconds(30);
  private static final byte[] SECRET =
      "a session secret of 32 bytes...!".getBytes(StandardCharsets.US_ASCII);

  /** RFC 6238, appendix B: the same truncation and steps give the RFC's eight-digit codes. */
  @ParameterizedTest
  @CsvSource({
    "HmacSHA1, 12345678901234567890, 59, 94287082",
    "HmacSHA1, 12345678901234567890, 1111111109, 07081804",
    "HmacSHA1, 12345678901234567890, 1234567890, 89005924",
    "HmacSHA1, 12345678901234567890, 20000000000, 65353130",
    "HmacSHA256, 12345678901234567890123456789012, 59, 46119246",
    "HmacSHA256, 12345678901234567890123456789012, 1111111111, 67062674",
    "HmacSHA256, 12345678901234567890123456789012, 2000000000, 90698825",
    "HmacSHA256, 12345678901234567890123456789012, 20000000000, 77737706"
  })
  void shouldTruncateAsRfc6238(String algorithm, String key, long seconds, String expected) {
    long step = CheckInCode.stepOf(Instant.ofEpochSecond(seconds), STEP);
    int value =
        CheckInCode.truncated(
            key.getBytes(StandardCharsets.US_ASCII),
            ByteBuffer.allocate(8).putLong(step).array(),
            algorithm);

    assertEquals(expected, String.format("%08d", value % 100_000_000));
  }

  @Test
  void shouldWriteSixCharactersWithoutLookAlikes() {
    CheckInCode codes = new CheckInCode(SECRET);
    Set<String> seen = new HashSet<>();
    for (long step = 0; step < 2000; step++) {
      String code = codes.atStep(step);
      assertTrue(CheckInCode.isWellFormed(code), code);
      assertFalse(code.matches(".*[01258BILOSZ].*"), code);
      seen.add(code);
    }
    assertTrue(seen.size() > 1990, "codes barely repeat: " + seen.size());
  }

  @Test
  void shouldAcceptTheCurrentAndThePreviousStepOnly() {
    CheckInCode codes = new CheckInCode(SECRET);
    Instant shown = Instant.parse("2026-12-03T14:00:10Z");
    long step = CheckInCode.stepOf(shown, STEP);
    String code = codes.atStep(step);

    assertTrue(codes.accepts(code, CheckInCode.stepOf(shown.plusSeconds(15), STEP)));
    assertTrue(codes.accepts(code, CheckInCode.stepOf(shown.plusSeconds(30), STEP)), "one late");
    assertFalse(codes.accepts(code, CheckInCode.stepOf(shown.plusSeconds(60), STEP)), "two late");
    assertFalse(codes.accepts(code, step - 1), "a code is not valid before it is shown");
    assertTrue(
        codes.accepts(" " + code.substring(0, 3).toLowerCase() + "-" + code.substring(3), step));
    assertEquals(Instant.parse("2026-12-03T14:00:30Z"), CheckInCode.endOf(step, STEP));
  }

  @Test
  void shouldGiveEachSessionAndPersonTheirOwnCodes() {
    CheckInCode one = new CheckInCode(SECRET);
    CheckInCode other =
        new CheckInCode("another session secret, 32 bytes".getBytes(StandardCharsets.US_ASCII));

    assertEquals(one.ofPerson(42), new CheckInCode(SECRET).ofPerson(42), "stable");
    assertNotEquals(one.ofPerson(42), one.ofPerson(43));
    assertNotEquals(one.ofPerson(42), other.ofPerson(42), "another session's code differs");
    assertNotEquals(one.atStep(100), other.atStep(100));
  }
}
