package org.capacita.reports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

  @Test
  void shouldBreakALongBarNameBetweenWordsAndKeepAShortOneWhole() {
    assertEquals(
        "[\"Salud\",[\"Atención de salud a\",\"personas víctimas de\",\"trata\"]]",
        ChartJson.wrapped(List.of("Salud", "Atención de salud a personas víctimas de trata"))
            .build()
            .toString());
  }

  @Test
  void shouldKeepAWordLongerThanALineOnALineOfItsOwn() {
    assertEquals(
        "[[\"Transfronteriza\",\"Argentina–Paraguay\",\"2026\"]]",
        ChartJson.wrapped(List.of("Transfronteriza Argentina–Paraguay 2026")).build().toString());
  }
}
