package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.capacita.catalog.application.ContentLocation;
import org.capacita.certificates.domain.Logo;

/**
 * The logos shipped in {@code content/certificates/} that an admin may choose for a template: the
 * PNG and JPEG files there that are images by their content and small enough ({@link Logo}).
 */
@ApplicationScoped
public class LogoLibrary {

  @Inject private ContentLocation content;

  /** The names of the shipped logos, sorted. */
  public List<String> names() {
    Path folder = folder();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> find(name).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped logo of that file name; empty for any other name (no path is followed). */
  public Optional<Logo> find(String name) {
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}") || name.startsWith(".")) {
      return Optional.empty();
    }
    Path file = folder().resolve(name);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > Logo.MAX_BYTES) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      return Logo.isImage(bytes) ? Optional.of(new Logo(name, bytes)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Path folder() {
    return content.folder().resolve("certificates");
  }
}
