package org.capacita.completion.application;

import java.util.Collection;
import java.util.Map;
import org.capacita.completion.domain.TestScores;

/**
 * People's online test scores in a module (the pre-test and the best post-test), for a workshop's
 * closure, which counts them as it counts paper scores. Owned here, implemented by online learning,
 * so that attendance may ask without using learning.
 */
public interface OnlineScores {

  /**
   * Person id to their scores, for those of {@code personIds} who enrolled in the module online.
   */
  Map<Long, TestScores> of(String moduleCode, Collection<Long> personIds);
}
