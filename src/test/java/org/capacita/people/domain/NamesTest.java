package org.capacita.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding of names and national IDs typed in different ways. */
class NamesTest {

  @Test
  void shouldFoldAccentsAndCase() {
    assertEquals("maria jose nunez", Names.fold("MARÍA  José Núñez"));
    assertEquals(Names.fold("Joao Goncalves"), Names.fold("João Gonçalves"));
  }

  @Test
  void shouldFoldSpecialLettersPunctuationAndSpaces() {
    assertEquals("strasse aero oland", Names.fold(" Straße, Ærø  Øland "));
    assertEquals("perez soto davila", Names.fold("Pérez-Soto D'Ávila."));
    assertEquals("", Names.fold(null));
  }

  @Test
  void shouldCleanNamesForStorageKeepingCaseAndAccents() {
    assertEquals("María José", Names.clean("  María \t José "));
    assertEquals("", Names.clean(null));
  }

  @Test
  void shouldSplitAFoldedNameIntoTokens() {
    assertEquals(List.of("maria", "jose"), Names.tokens(" María   José "));
    assertEquals(List.of(), Names.tokens("  "));
  }

  @Test
  void shouldDropSpanishAndPortugueseParticles() {
    assertEquals(List.of("silva", "souza"), Names.nameTokens("da Silva Souza"));
    assertEquals(List.of("fuente", "rojas"), Names.nameTokens("de la Fuente y Rojas"));
    assertEquals(List.of("de"), Names.nameTokens("De"));
  }

  @Test
  void shouldNormalizeNationalIds() {
    assertEquals("123456789", Names.normalizeNationalId("12.345.678-9"));
    assertEquals(
        Names.normalizeNationalId("12345678-9"), Names.normalizeNationalId("12.345.678-9"));
    assertEquals("8765432K", Names.normalizeNationalId("8.765.432-k"));
    assertEquals("4567891", Names.normalizeNationalId("04567891"));
    assertEquals("", Names.normalizeNationalId(null));
  }

  @Test
  void shouldGiveSpellingVariantsTheSameSoundKey() {
    assertEquals(Names.soundKey("vasquez"), Names.soundKey("vazquez"));
    assertEquals(Names.soundKey("jhonny"), Names.soundKey("johnny"));
    assertEquals(Names.soundKey("katherine"), Names.soundKey("catherine"));
    assertEquals(Names.soundKey("gonzales"), Names.soundKey("gonzalez"));
    assertNotEquals(Names.soundKey("guevara"), Names.soundKey("jevara"));
  }
}
