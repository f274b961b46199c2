package org.capacita.people.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.capacita.people.application.PersonInput;
import org.capacita.people.domain.Names;

/**
 * Which column of a file holds which field of {@code POST /api/v1/people}. Headers are the field
 * names of the API (as in the template) or their Spanish equivalents, in any case and with or
 * without accents: "givenNames", "Nombres", "nombres".
 */
public final class ImportColumns {

  /** Field names in template order, with the Spanish headers accepted for each. */
  public static final Map<String, List<String>> FIELDS = fields();

  private static final List<String> REQUIRED =
      List.of("givenNames", "familyNames", "institution", "sector", "workCity", "workCountry");

  private final Map<String, Integer> positions;

  private ImportColumns(Map<String, Integer> positions) {
    this.positions = positions;
  }

  private static Map<String, List<String>> fields() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("givenNames", List.of("nombres", "nombre"));
    fields.put("familyNames", List.of("apellidos", "apellido"));
    fields.put("sex", List.of("sexo"));
    fields.put("email", List.of("correo", "correo electronico", "e mail"));
    fields.put("phone", List.of("telefono"));
    fields.put("nationalId", List.of("documento", "documento de identidad", "rut", "dni", "ci"));
    fields.put("institution", List.of("institucion"));
    fields.put("sector", List.of());
    fields.put("position", List.of("cargo"));
    fields.put("workCity", List.of("ciudad", "ciudad de trabajo"));
    fields.put("workCountry", List.of("pais", "pais de trabajo"));
    return fields;
  }

  /** Maps a header; a file without every required column cannot be imported. */
  public static ImportColumns of(List<String> header) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String folded = Names.fold(header.get(i));
      for (Map.Entry<String, List<String>> field : FIELDS.entrySet()) {
        if (folded.equals(Names.fold(field.getKey())) || field.getValue().contains(folded)) {
          positions.putIfAbsent(field.getKey(), i);
        }
      }
    }
    List<String> missing = new ArrayList<>(REQUIRED);
    missing.removeAll(positions.keySet());
    if (!missing.isEmpty()) {
      throw new UnreadableFileException("import.file.missingColumns", String.join(", ", missing));
    }
    return new ImportColumns(positions);
  }

  public PersonInput input(SourceRow row) {
    return new PersonInput(
        cell(row, "givenNames"),
        cell(row, "familyNames"),
        sex(cell(row, "sex")),
        cell(row, "email"),
        cell(row, "phone"),
        cell(row, "nationalId"),
        cell(row, "institution"),
        cell(row, "sector"),
        cell(row, "position"),
        cell(row, "workCity"),
        cell(row, "workCountry"));
  }

  /**
   * An empty sex is "not stated"; the words of the forms people fill in ("mujer", "hombre",
   * "female"...) become codes; anything else is checked as given.
   */
  private static String sex(String value) {
    if (value == null) {
      return "U";
    }
    return switch (Names.fold(value)) {
      case "mujer", "femenino", "female", "woman", "feminino", "mulher" -> "F";
      case "hombre", "masculino", "male", "man", "homem" -> "M";
      case "otro", "other", "outro" -> "X";
      case "no informado", "not stated", "sin informacion" -> "U";
      default -> value.toUpperCase(java.util.Locale.ROOT);
    };
  }

  private String cell(SourceRow row, String field) {
    Integer position = positions.get(field);
    String value = position == null ? "" : row.cell(position);
    return value.isEmpty() ? null : value;
  }
}
