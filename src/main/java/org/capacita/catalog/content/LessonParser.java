package org.capacita.catalog.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Reads a lesson file {@code NN-slug.md}: the first line is {@code # Title}, the rest is CommonMark
 * with GFM tables. Images must be {@code assets/<file>} of the module and exist; they are served
 * under {@code content/<CODE>/assets/}. Raw HTML in the file is escaped, and the result sanitised.
 */
public final class LessonParser {

  /** Lesson file names: two digits, a dash, lower-case words. */
  public static final Pattern FILE_NAME = Pattern.compile("([0-9]{2})-[a-z0-9]+(-[a-z0-9]+)*\\.md");

  private static final Pattern TITLE = Pattern.compile("# +(\\S.*)");
  private static final Pattern ASSET = Pattern.compile("assets/([A-Za-z0-9][A-Za-z0-9._-]*)");
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private LessonParser() {}

  /**
   * The lesson in {@code lines}, or empty with errors added. {@code assetExists} tells whether a
   * file of the module's {@code assets/} folder exists; {@code assetBase} prefixes served images.
   */
  public static Optional<Lesson> parse(
      String file,
      String fileName,
      List<String> lines,
      Predicate<String> assetExists,
      String assetBase,
      List<ContentError> errors) {
    int before = errors.size();
    Matcher name = FILE_NAME.matcher(fileName);
    if (!name.matches()) {
      errors.add(ContentError.at(file, 0, "catalog.error.lessonName", fileName));
      return Optional.empty();
    }
    String first = lines.isEmpty() ? "" : lines.get(0).replace("\uFEFF", "").strip();
    Matcher title = TITLE.matcher(first);
    if (!title.matches()) {
      errors.add(ContentError.at(file, 1, "catalog.error.lessonTitle"));
      return Optional.empty();
    }
    String body = String.join("\n", lines.subList(1, lines.size()));
    Node document = PARSER.parse(body);
    List<Image> images = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Image image) {
            images.add(image);
            visitChildren(image);
          }
        });
    for (Image image : images) {
      Matcher asset = ASSET.matcher(image.getDestination());
      int line =
          image.getSourceSpans().isEmpty() ? 0 : image.getSourceSpans().get(0).getLineIndex() + 2;
      if (!asset.matches() || asset.group(1).contains("..")) {
        errors.add(ContentError.at(file, line, "catalog.error.imagePath", image.getDestination()));
      } else if (!assetExists.test(asset.group(1))) {
        errors.add(
            ContentError.at(file, line, "catalog.error.imageMissing", image.getDestination()));
      } else {
        image.setDestination(assetBase + asset.group(1));
      }
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    String html =
        HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build().render(document);
    return Optional.of(
        new Lesson(
            Integer.parseInt(name.group(1)),
            fileName,
            title.group(1).strip(),
            LessonHtml.sanitise(html)));
  }

  /** Whether {@code name} is a file directly inside {@code assets}, without any way out of it. */
  public static boolean assetExists(Path assets, String name) {
    Path file = assets.resolve(name).normalize();
    return file.getParent() != null
        && file.getParent().equals(assets.normalize())
        && Files.isRegularFile(file);
  }
}
