package org.capacita.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rows a person is found by: each word with all the person's words and the sort key. */
class SearchWordTest {

  @Test
  void shouldCarryEveryWordAfterASpaceAndTheFoldedSortKey() {
    Set<String> tokens =
        SearchWord.tokensOf(
            "Rosa María", "González-Pérez", "rosa.g@example.org", "12345678K", "CESFAM Ñuñoa");
    Set<SearchWord> rows = SearchWord.of(tokens, "Rosa María", "González-Pérez");

    assertEquals(tokens.size(), rows.size());
    SearchWord first = rows.iterator().next();
    assertEquals("rosa", first.getToken());
    assertEquals("gonzalez perez rosa maria", first.getSortKey());
    assertEquals(" " + String.join(" ", tokens), first.getWords());
    assertTrue(first.getWords().contains(" nunoa"));
    assertEquals(List.copyOf(tokens), rows.stream().map(SearchWord::getToken).toList());
  }

  @Test
  void shouldCutLongWordsAsSearchTermsAre() {
    String word = "a".repeat(70);
    assertEquals(SearchWord.LENGTH, SearchWord.cut(word).length());
    assertEquals("abc", SearchWord.cut("abc"));
  }
}
