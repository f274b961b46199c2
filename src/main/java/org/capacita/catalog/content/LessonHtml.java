package org.capacita.catalog.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a lesson may contain once rendered: text structure, tables, links and images (a stray
 * {@code h1} becomes {@code h2}, as the page has its own); never a script, an event handler, a
 * style, a frame or a {@code javascript:} address. Lessons are trusted content, but a mistake or a
 * pasted snippet should not be able to run code in a learner's page.
 */
public final class LessonHtml {

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements((name, attributes) -> "h2", "h1")
          .allowElements(
              "p",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "blockquote",
              "ul",
              "ol",
              "li",
              "pre",
              "code",
              "em",
              "strong",
              "del",
              "hr",
              "br",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "img")
          .allowUrlProtocols("https", "http", "mailto")
          .allowAttributes("href", "title")
          .onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer")
          .allowAttributes("src", "alt", "title")
          .onElements("img")
          .allowAttributes("align")
          .matching(false, "left", "center", "right")
          .onElements("th", "td")
          .allowAttributes("start")
          .matching(java.util.regex.Pattern.compile("[0-9]{1,4}"))
          .onElements("ol")
          .toFactory();

  private LessonHtml() {}

  /** {@code html} with everything outside the policy removed. */
  public static String sanitise(String html) {
    return POLICY.sanitize(html);
  }
}
