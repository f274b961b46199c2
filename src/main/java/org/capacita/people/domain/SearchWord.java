package org.capacita.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One row of {@code person_search_token}: a word the person is found by, with what the search needs
 * besides, so that it never reads {@code person} to choose a page: all of the person's words
 * ({@link #words}, each after a space, against which a search checks its other words) and the order
 * of the list ({@link #sortKey}, folded family and given names).
 */
@Embeddable
public class SearchWord {

  /** The longest word stored; longer words (and search terms) are cut to it. */
  public static final int LENGTH = 60;

  static final int WORDS_LENGTH = 800;
  static final int SORT_KEY_LENGTH = 250;

  @Column(name = "token", nullable = false, length = LENGTH)
  private String token;

  @Column(name = "sort_key", nullable = false, length = SORT_KEY_LENGTH)
  private String sortKey;

  @Column(name = "words", nullable = false, length = WORDS_LENGTH)
  private String words;

  protected SearchWord() {}

  private SearchWord(String token, String sortKey, String words) {
    this.token = token;
    this.sortKey = sortKey;
    this.words = words;
  }

  /** A word cut to {@value #LENGTH} characters. */
  public static String cut(String word) {
    return cut(word, LENGTH);
  }

  private static String cut(String text, int length) {
    return text.length() > length ? text.substring(0, length) : text;
  }

  /**
   * The words a search finds a person by: the folded words of the names, e-mail address, national
   * ID and institution, each cut to {@value SearchWord#LENGTH} characters, without repeats.
   */
  public static Set<String> tokensOf(
      String givenNames,
      String familyNames,
      String email,
      String nationalIdKey,
      String institution) {
    Set<String> tokens = new LinkedHashSet<>();
    Stream.of(givenNames, familyNames, email, nationalIdKey, institution)
        .filter(Objects::nonNull)
        .flatMap(text -> Names.tokens(text).stream())
        .map(SearchWord::cut)
        .forEach(tokens::add);
    return tokens;
  }

  /** The rows of a person with these words ({@link #tokensOf}) and names. */
  public static Set<SearchWord> of(Set<String> tokens, String givenNames, String familyNames) {
    String sortKey = sortKeyOf(givenNames, familyNames);
    String words = cut(" " + String.join(" ", tokens), WORDS_LENGTH);
    Set<SearchWord> rows = new LinkedHashSet<>();
    tokens.forEach(token -> rows.add(new SearchWord(token, sortKey, words)));
    return rows;
  }

  /** The order of the people list: folded family names, then given names. */
  public static String sortKeyOf(String givenNames, String familyNames) {
    return cut(Names.fold(familyNames) + " " + Names.fold(givenNames), SORT_KEY_LENGTH);
  }

  public String getToken() {
    return token;
  }

  public String getSortKey() {
    return sortKey;
  }

  public String getWords() {
    return words;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SearchWord word
        && word.token.equals(token)
        && word.sortKey.equals(sortKey)
        && word.words.equals(words);
  }

  @Override
  public int hashCode() {
    return Objects.hash(token, sortKey, words);
  }
}
