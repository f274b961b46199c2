package org.capacita.catalog.domain;

/** What completes a module online: every lesson read, and the post-test passed if required. */
public enum CompletionRule {
  LESSONS_AND_POSTTEST("lessons+posttest"),
  LESSONS("lessons");

  private final String word;

  CompletionRule(String word) {
    this.word = word;
  }

  /** The word {@code module.properties} uses for the rule. */
  public String word() {
    return word;
  }

  public static java.util.Optional<CompletionRule> ofWord(String word) {
    for (CompletionRule rule : values()) {
      if (rule.word.equals(word)) {
        return java.util.Optional.of(rule);
      }
    }
    return java.util.Optional.empty();
  }
}
