package org.capacita.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Jaro-Winkler and edit distance against textbook values. */
class SimilarityTest {

  @Test
  void shouldComputeJaroWinklerLikeTheTextbook() {
    assertEquals(0.961, Similarity.jaroWinkler("martha", "marhta"), 0.001);
    assertEquals(0.840, Similarity.jaroWinkler("dwayne", "duane"), 0.001);
    assertEquals(0.813, Similarity.jaroWinkler("dixon", "dicksonx"), 0.001);
    assertEquals(1.0, Similarity.jaroWinkler("soto", "soto"));
    assertEquals(0.0, Similarity.jaroWinkler("", "soto"));
  }

  @Test
  void shouldCountAnAdjacentSwapAsOneEdit() {
    assertEquals(1, Similarity.editDistance("rodriguez", "rodirguez"));
    assertEquals(1, Similarity.editDistance("gonzalez", "gonzales"));
    assertEquals(3, Similarity.editDistance("kitten", "sitting"));
    assertEquals(4, Similarity.editDistance("", "soto"));
  }
}
