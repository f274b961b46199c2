package org.capacita.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where module content is read from: {@code capacita.content.dir} ({@code CAPACITA_CONTENT_DIR}),
 * by default {@code content} in the working directory; when that folder does not exist, the copy
 * packaged into the application, so that the runnable jar works anywhere.
 */
@ApplicationScoped
public class ContentLocation {

  private static final String PACKAGED_MARKER = "content/modules/README.md";

  @Inject
  @ConfigProperty(name = "capacita.content.dir", defaultValue = "content")
  private String configured;

  public Path folder() {
    Path folder = Path.of(configured).toAbsolutePath().normalize();
    if (Files.isDirectory(folder)) {
      return folder;
    }
    return packaged().orElse(folder);
  }

  private static Optional<Path> packaged() {
    URL marker = ContentLocation.class.getClassLoader().getResource(PACKAGED_MARKER);
    if (marker == null || !"file".equals(marker.getProtocol())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(marker.toURI()).getParent().getParent());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
