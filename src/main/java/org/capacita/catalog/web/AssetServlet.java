package org.capacita.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.catalog.application.Catalog;
import org.capacita.catalog.content.LessonParser;

/**
 * {@code content/<CODE>/assets/<file>}: the images of a loaded module, and nothing else: one file
 * name (no folders, no {@code ..}), of an image type, from that module's {@code assets} folder.
 */
@WebServlet("/content/*")
public class AssetServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH =
      Pattern.compile("/([A-Z][A-Z0-9-]{1,39})/assets/([A-Za-z0-9][A-Za-z0-9_-]*\\.([a-z]{3,4}))");
  private static final Map<String, String> TYPES =
      Map.of(
          "svg", "image/svg+xml",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "gif", "image/gif",
          "webp", "image/webp");

  @Inject private transient Catalog catalog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Path> file = resolve(request.getPathInfo());
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String name = file.get().getFileName().toString();
    response.setContentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setContentLengthLong(Files.size(file.get()));
    Files.copy(file.get(), response.getOutputStream());
  }

  private Optional<Path> resolve(String pathInfo) {
    Matcher matcher = PATH.matcher(pathInfo == null ? "" : pathInfo);
    if (!matcher.matches() || !TYPES.containsKey(matcher.group(3))) {
      return Optional.empty();
    }
    return catalog
        .find(matcher.group(1))
        .map(module -> module.folder().resolve("assets"))
        .filter(assets -> LessonParser.assetExists(assets, matcher.group(2)))
        .map(assets -> assets.resolve(matcher.group(2)));
  }
}
