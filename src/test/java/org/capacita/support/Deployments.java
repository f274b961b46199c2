package org.capacita.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds the Arquillian deployment: the WAR the build produced (so tests run
 * what ships), plus the test support package and every test class that runs inside the server. All
 * test classes deploy this same archive, and {@code support.arquillian.OneApplicationPerRun} boots
 * it once per test run.
 */
public final class Deployments {

  private static final File WAR = new File("target/ROOT.war");
  private static final Path TEST_CLASSES = Path.of("target/test-classes");

  private Deployments() {}

  /** The application as built, with the in-container test classes of this build. */
  public static WebArchive shared() {
    if (!WAR.isFile()) {
      throw new IllegalStateException("Run the package phase first: " + WAR + " is missing");
    }
    JavaArchive runnerAccess =
        ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
            .addAsManifestResource(
                "arquillian-fragment/META-INF/web-fragment.xml", "web-fragment.xml");
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "capacita.war")
            .importFrom(WAR)
            .as(WebArchive.class)
            .addPackage(Deployments.class.getPackage())
            .addAsLibrary(runnerAccess);
    inContainerTestClasses().forEach(archive::addClass);
    return archive;
  }

  /**
   * Test classes on the shared application that are not marked {@link RunAsClient}: their methods
   * run inside the server, so the server needs their classes (with their inner classes).
   */
  static List<Class<?>> inContainerTestClasses() {
    try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
      return files
          .map(TEST_CLASSES::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith("IT.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .<Class<?>>map(Deployments::load)
          .filter(RunningApplication.class::isAssignableFrom)
          .filter(type -> !type.isAnnotationPresent(RunAsClient.class))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Deployments.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
