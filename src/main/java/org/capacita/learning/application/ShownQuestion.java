package org.capacita.learning.application;

import java.util.List;
import java.util.Locale;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.catalog.content.Question;
import org.capacita.learning.domain.Paper;
import org.capacita.learning.domain.TestAttempt;

/** A question of an attempt as the learner sees it: stem and options in the served order. */
public record ShownQuestion(String id, String stem, List<String> options)
    implements java.io.Serializable {

  /** One option and its position as shown: what the learner answers with. */
  public record Choice(int position, String text) implements java.io.Serializable {}

  public List<Choice> choices() {
    return java.util.stream.IntStream.range(0, options.size())
        .mapToObj(i -> new Choice(i, options.get(i)))
        .toList();
  }

  /** The attempt's paper in the language closest to {@code locale}; no hint of the right option. */
  public static List<ShownQuestion> of(TestAttempt attempt, ModuleContent content, Locale locale) {
    return attempt.paper().questions().stream()
        .map(served -> shown(served, content, locale))
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  private static java.util.Optional<ShownQuestion> shown(
      Paper.Served served, ModuleContent content, Locale locale) {
    return content
        .question(served.questionId(), locale)
        .filter(q -> q.options().size() == served.order().size())
        .map(
            (Question q) ->
                new ShownQuestion(
                    q.id(), q.stem(), served.order().stream().map(q.options()::get).toList()));
  }
}
