package org.capacita.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the run's one SMTP server (GreenMail on 127.0.0.1, the port the test application mails to)
 * before the first test class, and stops it when the run ends. Tests read it through {@link
 * Mailbox}; they tell their mails apart by recipient, never by counting all of them.
 */
public final class TestMailServer implements BeforeAllCallback {

  private static GreenMail server;

  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("capacita.test.smtp-port") == null) {
      return; // inside the server, where in-container test classes run: no mail server there
    }
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(TestMailServer.class, key -> start(), AutoCloseable.class);
  }

  static synchronized GreenMail server() {
    if (server == null) {
      throw new IllegalStateException("The test mail server starts with RunningApplication");
    }
    return server;
  }

  private static synchronized AutoCloseable start() {
    server = new GreenMail(new ServerSetup(TestSettings.smtpPort(), "127.0.0.1", "smtp"));
    server.start();
    return () -> {
      synchronized (TestMailServer.class) {
        server.stop();
        server = null;
      }
    };
  }
}
