package org.capacita.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The keys the duplicate search finds persons by: family-name block, given-name order. */
class PersonKeysTest {

  @Test
  void shouldKeyGivenNamesByHowEachWordSoundsWithoutParticles() {
    assertEquals("jimena anjeles", Person.givenKeyOf("Ximena de los Ángeles"));
    assertEquals(Person.givenKeyOf("Kamila Andrea"), Person.givenKeyOf("CAMILA  andrea"));
  }

  @Test
  void shouldKeepNumbersAsTypedSoThatNumberedNamesakesSortApart() {
    assertEquals("kamila 100", Person.givenKeyOf("Camila 100"));
    assertEquals("kamila 1000", Person.givenKeyOf("Camila 1000"));
  }

  @Test
  void shouldStartTheGivenNameKeyWithTheBlockKeyOfTheGivenNames() {
    assertEquals(
        Person.blockKey("Gonzalo Andrés"), Person.givenKeyOf("Gonzalo Andrés").split(" ")[0]);
  }
}
