package org.capacita.attendance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignInSheetOrderTest {

  @Test
  void shouldListASheetInSpanishOrderWithÑAfterNWhateverTheDatabaseSorted() {
    List<SheetLine> fromDatabase =
        List.of(
            line(1, "Álvaro", "Zúñiga Gálvez"),
            line(2, "Fabián", "Ñancupil Huenchullán"),
            line(3, "Zoé", "Núñez Peña"),
            line(4, "Íñigo", "Núñez Peña"),
            line(5, "Lucía", "Acuña Sepúlveda"),
            line(6, "Tomás", "Oyarzún"));

    List<Long> order =
        SignInSheets.inOrderOf(fromDatabase, Locale.forLanguageTag("es")).stream()
            .map(SheetLine::personId)
            .toList();

    assertEquals(List.of(5L, 4L, 3L, 2L, 6L, 1L), order);
  }

  private static SheetLine line(long id, String given, String family) {
    return new SheetLine(id, given, family, "CESFAM Sur", "ABC123");
  }
}
