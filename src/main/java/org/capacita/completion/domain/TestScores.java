package org.capacita.completion.domain;

/**
 * A person's pre- and post-test scores in a module, whole percentages, each {@code null} when not
 * taken: online attempts (the pre-test and the best post-test) or a trainer's paper scores.
 */
public record TestScores(Integer pre, Integer post) {

  private static final TestScores NONE = new TestScores(null, null);

  public TestScores {
    check(pre);
    check(post);
  }

  private static void check(Integer score) {
    if (score != null && (score < 0 || score > 100)) {
      throw new IllegalArgumentException("A score is a percentage, 0 to 100: " + score);
    }
  }

  public static TestScores none() {
    return NONE;
  }

  /**
   * These scores with {@code other}'s where these have none, and the better post-test: paper and
   * online scores of one module together.
   */
  public TestScores or(TestScores other) {
    Integer bestPost = post;
    if (bestPost == null || (other.post != null && other.post > bestPost)) {
      bestPost = other.post;
    }
    return new TestScores(pre != null ? pre : other.pre, bestPost);
  }

  /** Whether the post-test was passed at {@code passMark} percent. */
  public boolean passed(int passMark) {
    return post != null && post >= passMark;
  }
}
