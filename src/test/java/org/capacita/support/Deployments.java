package org.capacita.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds Arquillian deployments: the WAR the build produced (so tests run what
 * ships), plus the test support classes for in-container tests.
 */
public final class Deployments {

  private static final File WAR = new File("target/ROOT.war");

  private Deployments() {}

  /** The application exactly as built, for tests that call it over HTTP. */
  public static WebArchive application() {
    if (!WAR.isFile()) {
      throw new IllegalStateException("Run the package phase first: " + WAR + " is missing");
    }
    return ShrinkWrap.create(ZipImporter.class, "capacita.war")
        .importFrom(WAR)
        .as(WebArchive.class);
  }

  /** The application with the test support package, for tests that run inside the server. */
  public static WebArchive applicationWithTests(Class<?> testClass) {
    JavaArchive runnerAccess =
        ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
            .addAsManifestResource(
                "arquillian-fragment/META-INF/web-fragment.xml", "web-fragment.xml");
    return application()
        .addClass(testClass)
        .addPackage(Deployments.class.getPackage())
        .addAsLibrary(runnerAccess);
  }
}
