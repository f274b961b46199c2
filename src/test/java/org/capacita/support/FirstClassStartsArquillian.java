package org.capacita.support;

import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets test classes run beside each other on Arquillian. Arquillian's JUnit 5 extension makes its
 * runner the first time a class starts, and publishes it before it has started it (with the
 * application): a second class starting meanwhile finds no runner. So the first class to start
 * holds the others back until Arquillian has started, then they all go on at once.
 *
 * <p>Registered around {@code ArquillianExtension}: this class before it, {@link Started} after it.
 */
public final class FirstClassStartsArquillian implements BeforeAllCallback, AfterAllCallback {

  private static final ReentrantLock STARTING = new ReentrantLock();
  private static volatile boolean started;

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!started) {
      STARTING.lock();
      if (started) {
        STARTING.unlock();
      }
    }
  }

  /** A class whose Arquillian start failed lets the next one try (and report) it. */
  @Override
  public void afterAll(ExtensionContext context) {
    if (STARTING.isHeldByCurrentThread()) {
      STARTING.unlock();
    }
  }

  /** After {@code ArquillianExtension}'s own start: the others may go on. */
  public static final class Started implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
      started = true;
      if (STARTING.isHeldByCurrentThread()) {
        STARTING.unlock();
      }
    }
  }
}
