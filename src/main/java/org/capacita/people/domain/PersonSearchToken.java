package org.capacita.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One word a person is found by, as the search reads it: {@code person_search_token} is written
 * through {@link Person}'s collection of {@link SearchWord}s (and by the import's writer), and read
 * here, so that a search reads a word's range of rows through the primary key (token, person_id),
 * checks the other words of the query against {@link #words} and orders by {@link #sortKey} without
 * touching {@code person}. Never persisted through this class.
 */
@Entity
@Table(name = "person_search_token")
@IdClass(PersonSearchToken.Key.class)
public class PersonSearchToken {

  @Id
  @Column(name = "person_id")
  private long personId;

  @Id
  @Column(name = "token", length = SearchWord.LENGTH)
  private String token;

  @Column(name = "sort_key")
  private String sortKey;

  @Column(name = "words")
  private String words;

  protected PersonSearchToken() {}

  public long getPersonId() {
    return personId;
  }

  public String getToken() {
    return token;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long personId;
    private String token;

    public Key() {}

    public Key(long personId, String token) {
      this.personId = personId;
      this.token = token;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.personId == personId
          && Objects.equals(key.token, token);
    }

    @Override
    public int hashCode() {
      return Objects.hash(personId, token);
    }
  }
}
