package org.capacita.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every Arquillian test class extends: the one application of the test run, and the one test
 * mail server it sends to. Classes marked {@code @RunAsClient} call it over HTTP (inject its
 * address with {@code @ArquillianResource URL}); the others run inside it and inject its beans.
 * Classes run beside each other (see {@code junit-platform.properties}).
 */
@ExtendWith({
  TestMailServer.class,
  FirstClassStartsArquillian.class,
  ArquillianExtension.class,
  FirstClassStartsArquillian.Started.class
})
public abstract class RunningApplication {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }
}
