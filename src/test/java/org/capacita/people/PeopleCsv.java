package org.capacita.people;

import java.util.ArrayList;
import java.util.List;

/** Builds import files for tests: the template's header, then one person per row. */
final class PeopleCsv {

  static final String HEADER =
      "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,workCity,workCountry";

  private static final String[] GIVEN = {
    "Camila",
    "Javiera",
    "Matías",
    "Valentina",
    "Ignacio",
    "Paula",
    "Diego",
    "Fernanda",
    "Tomás",
    "Antonia",
    "Benjamín",
    "Isidora",
    "Joaquín",
    "Catalina",
    "Vicente"
  };
  private static final String[] FAMILY = {
    "Rojas Tapia", "Muñoz Castillo", "González Araya", "Contreras Olivares", "Mamani Flores",
    "Choque Condori", "Fernández Soto", "Herrera Núñez", "Vergara Pino", "Saavedra Lagos"
  };

  private final List<String> rows = new ArrayList<>();

  /** {@code count} distinct health workers of one institution whose name carries {@code tag}. */
  static PeopleCsv healthWorkers(String tag, int count) {
    PeopleCsv csv = new PeopleCsv();
    for (int i = 0; i < count; i++) {
      csv.add(
          GIVEN[i % GIVEN.length]
              + ","
              + FAMILY[i % FAMILY.length]
              + " "
              + tag
              + i
              + ",F,,,,"
              + "Hospital Regional de Antofagasta "
              + tag
              + ",health,,Antofagasta,CL");
    }
    return csv;
  }

  PeopleCsv add(String row) {
    rows.add(row);
    return this;
  }

  PeopleCsv replace(int index, String row) {
    rows.set(index, row);
    return this;
  }

  String text() {
    return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
  }
}
