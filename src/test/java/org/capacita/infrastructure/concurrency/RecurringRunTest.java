package org.capacita.infrastructure.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RecurringRunTest {

  private final RecurringRun recurring =
      new RecurringRun("test", Logger.getLogger(RecurringRunTest.class.getName()));

  @Test
  void shouldSkipARunWhileThePreviousOneIsStillGoing() {
    AtomicInteger runs = new AtomicInteger();
    recurring.run(
        () -> {
          runs.incrementAndGet();
          recurring.run(runs::incrementAndGet, "inner");
        },
        "outer");
    assertEquals(1, runs.get(), "the overlapping run did nothing");
    recurring.run(runs::incrementAndGet, "next");
    assertEquals(2, runs.get(), "the next run goes ahead");
  }

  @Test
  void shouldLogAFailureAndRunAgainNextTime() {
    recurring.run(
        () -> {
          throw new IllegalStateException("database down");
        },
        "failed");
    AtomicInteger runs = new AtomicInteger();
    recurring.run(runs::incrementAndGet, "next");
    assertEquals(1, runs.get());
  }
}
