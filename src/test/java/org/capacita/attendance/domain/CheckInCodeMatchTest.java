package org.capacita.attendance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.capacita.attendance.domain.CheckInCodeMatch.Candidate;
import org.capacita.attendance.domain.CheckInCodeMatch.Kind;
import org.junit.jupiter.api.Test;

/** Which session a code opens, with a fixed clock: sessions in Santiago, 09:00-12:00 on 3 Dec. */
class CheckInCodeMatchTest {

  private static final Duration STEP = Duration.ofSeconds(30);
  private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
  private static final Instant TEN = DAY.atTime(10, 0, 5).atZone(SANTIAGO).toInstant();

  private final Candidate morning = session(1, 1, "morning session secret, 32 bytes", 9, 12, true);
  private final Candidate other = session(2, 1, "another workshop's secret 32 byt", 9, 12, true);

  @Test
  void shouldAcceptTheCurrentCodeAndOneStepLate() {
    String code = codeAt(morning, TEN);

    assertEquals(new CheckInCodeMatch(Kind.ACCEPTED, morning), match(code, TEN));
    assertEquals(Kind.ACCEPTED, match(code, TEN.plus(STEP)).kind());
    assertEquals(Kind.EXPIRED, match(code, TEN.plus(STEP.multipliedBy(2))).kind());
    assertEquals(Kind.EXPIRED, match(code, TEN.plus(Duration.ofMinutes(50))).kind());
    assertEquals(Kind.UNKNOWN, match(code, TEN.plus(Duration.ofHours(2))).kind());
  }

  @Test
  void shouldTellTheSessionACodeBelongsTo() {
    assertEquals(other, match(codeAt(other, TEN), TEN).session());
  }

  @Test
  void shouldRefuseCodesOutsideTheWindowAndOfCancelledWorkshops() {
    Instant early = DAY.atTime(8, 20).atZone(SANTIAGO).toInstant();
    Instant opening = DAY.atTime(8, 30).atZone(SANTIAGO).toInstant();
    Instant end = DAY.atTime(12, 0).atZone(SANTIAGO).toInstant();
    Candidate cancelled = session(3, 1, "a cancelled workshop's secret 32b", 9, 12, false);

    assertEquals(Kind.CLOSED, match(codeAt(morning, early), early).kind());
    assertEquals(Kind.ACCEPTED, match(codeAt(morning, opening), opening).kind());
    assertEquals(Kind.CLOSED, match(codeAt(morning, end), end).kind());
    assertEquals(
        Kind.CLOSED,
        CheckInCodeMatch.of(codeAt(cancelled, TEN), List.of(cancelled), TEN, STEP).kind());
  }

  @Test
  void shouldCallMalformedAndWrongCodesUnknown() {
    assertEquals(Kind.UNKNOWN, match("AB12", TEN).kind());
    assertEquals(Kind.UNKNOWN, match("0OIL1Z", TEN).kind());
    assertEquals(Kind.UNKNOWN, match(null, TEN).kind());
  }

  private CheckInCodeMatch match(String code, Instant now) {
    return CheckInCodeMatch.of(code, List.of(morning, other), now, STEP);
  }

  private static String codeAt(Candidate session, Instant at) {
    return session.codes().atStep(CheckInCode.stepOf(at, STEP));
  }

  private static Candidate session(
      long workshop, int number, String secret, int from, int to, boolean held) {
    return new Candidate(
        workshop,
        number,
        new CheckInCode(secret.getBytes(StandardCharsets.US_ASCII)),
        CheckInWindow.of(
            DAY, LocalTime.of(from, 0), LocalTime.of(to, 0), SANTIAGO, Duration.ofMinutes(30)),
        held);
  }
}
