package org.capacita.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * Guards that every Facelets page, template and tag under {@code src/main/webapp} takes its words
 * from the message bundles: no text node, and no user-visible attribute of an HTML, PrimeFaces or
 * Capacita tag, may hold letters or digits outside an EL expression.
 */
class PagesHaveNoLiteralTextTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Set<String> UI_NAMESPACES =
      Set.of(
          "jakarta.faces.html",
          "primefaces",
          "http://primefaces.org/ui",
          "http://capacita.org/tags",
          "http://www.w3.org/1999/xhtml");
  private static final Set<String> VISIBLE_ATTRIBUTES =
      Set.of(
          "value",
          "label",
          "itemLabel",
          "title",
          "placeholder",
          "alt",
          "headerText",
          "footerText",
          "summary",
          "aria-label",
          "emptyMessage",
          "requiredMessage",
          "validatorMessage",
          "converterMessage",
          "header",
          "tooltip");

  @Test
  void shouldShowNoLiteralTextOnAnyPage() throws IOException, XMLStreamException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
    assertFalse(pages.isEmpty(), "no .xhtml found under " + WEBAPP.toAbsolutePath());
    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      try (Reader reader = Files.newBufferedReader(page, StandardCharsets.UTF_8)) {
        problems.addAll(findLiteralText(WEBAPP.relativize(page).toString(), reader));
      }
    }
    assertTrue(
        problems.isEmpty(), "Literal text; use #{msg['...']}:\n" + String.join("\n", problems));
  }

  @Test
  void shouldReportLiteralTextAndAcceptElAndSymbols() throws XMLStreamException {
    String dirty =
        "<ui:composition xmlns='http://www.w3.org/1999/xhtml' xmlns:ui='jakarta.faces.facelets'"
            + " xmlns:h='jakarta.faces.html'>\n"
            + "  <h:outputText value=\"Hello\"/>\n"
            + "  <p>Sign in</p>\n"
            + "</ui:composition>";
    List<String> problems = findLiteralText("dirty.xhtml", new StringReader(dirty));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("dirty.xhtml:2") && problems.get(0).contains("Hello"));
    assertTrue(problems.get(1).contains("dirty.xhtml:3") && problems.get(1).contains("Sign in"));

    String clean =
        "<div xmlns='http://www.w3.org/1999/xhtml' xmlns:f='jakarta.faces.core'"
            + " xmlns:h='jakarta.faces.html'><p>#{msg['x']}</p> · "
            + "<f:param name='id' value='42'/><h:inputHidden value='token'/>"
            + "<script>var greeting = 'hi';</script><!-- a comment --></div>";
    assertEquals(List.of(), findLiteralText("clean.xhtml", new StringReader(clean)));
  }

  /** The literal text in one Facelets document, as {@code file:line: where "text"} lines. */
  private static List<String> findLiteralText(String name, Reader xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader reader = factory.createXMLStreamReader(xml);
    List<String> problems = new ArrayList<>();
    int scriptOrStyleDepth = 0;
    try {
      while (reader.hasNext()) {
        int line = reader.getLocation().getLineNumber(); // where the next event starts
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = reader.getLocalName();
          if (scriptOrStyleDepth > 0 || element.equals("script") || element.equals("style")) {
            scriptOrStyleDepth++;
          }
          if (UI_NAMESPACES.contains(reader.getNamespaceURI())
              && !(element.equals("inputHidden")
                  && "jakarta.faces.html".equals(reader.getNamespaceURI()))) {
            for (int i = 0; i < reader.getAttributeCount(); i++) {
              String attribute = reader.getAttributeLocalName(i);
              String value = reader.getAttributeValue(i);
              if (VISIBLE_ATTRIBUTES.contains(attribute) && isLiteral(value)) {
                String prefix = reader.getPrefix();
                String tag = prefix == null || prefix.isEmpty() ? element : prefix + ":" + element;
                problems.add(
                    name + ":" + line + ": <" + tag + " " + attribute + "=\"" + value + "\">");
              }
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && scriptOrStyleDepth > 0) {
          scriptOrStyleDepth--;
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && scriptOrStyleDepth == 0) {
          String text = reader.getText();
          if (isLiteral(text)) {
            String leading = text.substring(0, text.indexOf(text.strip()));
            int textLine = line + (int) leading.chars().filter(c -> c == '\n').count();
            problems.add(name + ":" + textLine + ": text \"" + text.strip() + "\"");
          }
        }
      }
    } finally {
      reader.close();
    }
    return problems;
  }

  /** True when {@code text} holds a letter or digit outside its {@code #{...}}/{@code ${...}}. */
  private static boolean isLiteral(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '#' || c == '$') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int end = endOfExpression(text, i + 2);
        if (end < 0) {
          return true; // an unterminated expression is shown as is
        }
        i = end + 1;
      } else if (Character.isLetterOrDigit(c)) {
        return true;
      } else {
        i++;
      }
    }
    return false;
  }

  /** The index of the '}' closing an EL expression whose body starts at {@code from}, or -1. */
  private static int endOfExpression(String text, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }
}
