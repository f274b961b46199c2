package org.capacita.demo;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.capacita.people.domain.Sex;

/**
 * Invented names in the style of each country of the demo programme (given names by sex, two family
 * names), and national identity numbers shaped as each country writes them. Drawn from a fixed
 * seed, so every start invents the same people; no full name is drawn twice.
 */
final class DemoNames {

  private static final Map<String, List<String>> WOMEN =
      Map.of(
          "CL",
          List.of(
              "Camila",
              "Javiera",
              "Francisca",
              "Valentina",
              "Constanza",
              "Catalina",
              "Daniela",
              "Fernanda",
              "Carolina",
              "Paula",
              "Macarena",
              "Claudia",
              "Andrea",
              "Marcela",
              "Verónica",
              "Patricia",
              "Gabriela",
              "Alejandra",
              "Natalia",
              "Carla",
              "Bárbara",
              "Pamela",
              "Ximena",
              "Lorena",
              "Paulina",
              "María José",
              "María Elena",
              "María Paz",
              "Rocío",
              "Isidora",
              "Antonia",
              "Josefa",
              "Karina",
              "Yasna",
              "Roxana",
              "Solange",
              "Ana María",
              "Cecilia",
              "Viviana",
              "Tamara"),
          "AR",
          List.of(
              "Sofía",
              "Florencia",
              "Agustina",
              "Micaela",
              "Lucía",
              "Julieta",
              "Romina",
              "Natalia",
              "Silvina",
              "Mariela",
              "Analía",
              "Verónica",
              "Soledad",
              "Paola",
              "María Laura",
              "Cecilia",
              "Valeria",
              "Luciana",
              "Noelia",
              "Vanina"),
          "PY",
          List.of(
              "María Liz",
              "Liz",
              "Rossana",
              "Mirta",
              "Gladys",
              "Nidia",
              "Graciela",
              "Lorena",
              "Fátima",
              "Sonia",
              "Marta",
              "Carmen",
              "Perla",
              "Rocío",
              "Jazmín",
              "Norma",
              "Celia",
              "Mabel"),
          "PE",
          List.of(
              "Rocío",
              "Milagros",
              "Lucía",
              "Ana María",
              "Rosa",
              "Carmen",
              "Yesenia",
              "Flor",
              "Katherine",
              "Gianella",
              "Susana",
              "Pilar",
              "Diana",
              "Vanessa",
              "Liliana",
              "Giovanna",
              "Maritza",
              "Elena"),
          "BO",
          List.of(
              "Ximena",
              "Mónica",
              "Wilma",
              "Rosmery",
              "Gabriela",
              "Carla",
              "Marisol",
              "Lidia",
              "Elizabeth",
              "Nancy",
              "Teresa",
              "Martha",
              "Ruth",
              "Silvia",
              "Beatriz"),
          "BR",
          List.of(
              "Ana Paula",
              "Mariana",
              "Juliana",
              "Fernanda",
              "Camila",
              "Patrícia",
              "Luciana",
              "Aline",
              "Renata",
              "Tatiana",
              "Cláudia",
              "Débora",
              "Letícia",
              "Adriana",
              "Beatriz"));

  private static final Map<String, List<String>> MEN =
      Map.of(
          "CL",
          List.of(
              "Matías",
              "Sebastián",
              "Diego",
              "Nicolás",
              "Felipe",
              "Cristián",
              "Rodrigo",
              "Gonzalo",
              "Francisco",
              "Ignacio",
              "Joaquín",
              "Tomás",
              "Benjamín",
              "Vicente",
              "Pablo",
              "Andrés",
              "Mauricio",
              "Jorge",
              "Luis",
              "Juan Pablo",
              "Juan Carlos",
              "José Miguel",
              "Claudio",
              "Patricio",
              "Marcelo",
              "Alejandro",
              "Hernán",
              "Víctor",
              "Raúl",
              "Héctor",
              "Eduardo",
              "Manuel",
              "Esteban",
              "Fabián",
              "Álvaro"),
          "AR",
          List.of(
              "Martín",
              "Santiago",
              "Facundo",
              "Lucas",
              "Gustavo",
              "Hernán",
              "Marcelo",
              "Sergio",
              "Diego",
              "Pablo",
              "Leandro",
              "Ezequiel",
              "Gastón",
              "Walter",
              "Daniel",
              "Fernando",
              "Julio",
              "Ricardo",
              "Mariano",
              "Juan Manuel"),
          "PY",
          List.of(
              "Osvaldo",
              "Nelson",
              "Derlis",
              "Rubén",
              "Hugo",
              "Óscar",
              "Carlos",
              "Víctor",
              "Julio César",
              "Ever",
              "Édgar",
              "Alcides",
              "Ramón",
              "Francisco",
              "Néstor",
              "Blas"),
          "PE",
          List.of(
              "José Luis",
              "Luis Alberto",
              "César",
              "Jorge",
              "Víctor",
              "Miguel Ángel",
              "Juan",
              "Carlos",
              "Percy",
              "Wilmer",
              "Edwin",
              "Fredy",
              "Raúl",
              "Hugo",
              "Alberto",
              "Ronald"),
          "BO",
          List.of(
              "Juan Carlos",
              "René",
              "Freddy",
              "Marco Antonio",
              "Álvaro",
              "Gonzalo",
              "Limbert",
              "Rolando",
              "Wilson",
              "Ramiro",
              "Efraín",
              "Jaime",
              "Germán",
              "Iván"),
          "BR",
          List.of(
              "João Pedro",
              "Lucas",
              "Rafael",
              "Gustavo",
              "Felipe",
              "Thiago",
              "Rodrigo",
              "Marcelo",
              "André",
              "Bruno",
              "Leonardo",
              "Eduardo",
              "Paulo",
              "Fábio",
              "Márcio"));

  private static final Map<String, List<String>> FAMILIES =
      Map.of(
          "CL",
          List.of(
              "González",
              "Muñoz",
              "Rojas",
              "Díaz",
              "Pérez",
              "Soto",
              "Contreras",
              "Silva",
              "Martínez",
              "Sepúlveda",
              "Morales",
              "Rodríguez",
              "López",
              "Fuentes",
              "Hernández",
              "Torres",
              "Araya",
              "Flores",
              "Espinoza",
              "Valenzuela",
              "Castillo",
              "Tapia",
              "Reyes",
              "Gutiérrez",
              "Castro",
              "Pizarro",
              "Álvarez",
              "Vásquez",
              "Sánchez",
              "Fernández",
              "Ramírez",
              "Carrasco",
              "Cortés",
              "Herrera",
              "Núñez",
              "Jara",
              "Vergara",
              "Rivera",
              "Figueroa",
              "Riquelme",
              "Miranda",
              "Bravo",
              "Vera",
              "Molina",
              "Vega",
              "Campos",
              "Sandoval",
              "Orellana",
              "Zúñiga",
              "Olivares",
              "Alarcón",
              "Gallardo",
              "Saavedra",
              "Navarro",
              "Aguilera",
              "Parra",
              "Aravena",
              "Cáceres",
              "Yáñez",
              "Leiva",
              "Escobar",
              "Valdés",
              "Salinas",
              "Lagos",
              "Mamani",
              "Choque",
              "Condori",
              "Quispe",
              "Huanca",
              "Challapa"),
          "AR",
          List.of(
              "Fernández",
              "González",
              "Rodríguez",
              "López",
              "Martínez",
              "García",
              "Pérez",
              "Romero",
              "Sosa",
              "Acosta",
              "Benítez",
              "Ramírez",
              "Ledesma",
              "Gómez",
              "Díaz",
              "Álvarez",
              "Torres",
              "Ruiz",
              "Medina",
              "Aguirre",
              "Giménez",
              "Ojeda",
              "Cabrera",
              "Villalba",
              "Ortiz",
              "Figueroa",
              "Paz",
              "Cáceres",
              "Maidana",
              "Insaurralde"),
          "PY",
          List.of(
              "Benítez",
              "Giménez",
              "Duarte",
              "Villalba",
              "Ayala",
              "Báez",
              "Cáceres",
              "Ortiz",
              "Martínez",
              "González",
              "Rojas",
              "Acosta",
              "Franco",
              "Ramírez",
              "Insfrán",
              "Aquino",
              "Escobar",
              "Ríos",
              "Vera",
              "Cabañas",
              "Galeano",
              "Britez",
              "Recalde",
              "Sanabria"),
          "PE",
          List.of(
              "Quispe",
              "Flores",
              "Huamán",
              "Rojas",
              "Sánchez",
              "Vargas",
              "Chávez",
              "Ramos",
              "Mendoza",
              "Torres",
              "García",
              "Díaz",
              "Castillo",
              "Espinoza",
              "Mamani",
              "Gutiérrez",
              "Cárdenas",
              "Salazar",
              "Palomino",
              "Apaza",
              "Paredes",
              "Ríos",
              "Vilca",
              "Aguilar"),
          "BO",
          List.of(
              "Mamani",
              "Quispe",
              "Choque",
              "Condori",
              "Huanca",
              "Flores",
              "Apaza",
              "Limachi",
              "Ticona",
              "Vargas",
              "Gutiérrez",
              "Rojas",
              "Colque",
              "Cruz",
              "Mendoza",
              "Calle",
              "Poma",
              "Chambi",
              "Aruquipa",
              "Callisaya"),
          "BR",
          List.of(
              "da Silva",
              "Souza",
              "Oliveira",
              "Santos",
              "Pereira",
              "Lima",
              "Carvalho",
              "Ferreira",
              "Rodrigues",
              "Almeida",
              "Costa",
              "Gomes",
              "Ribeiro",
              "Martins",
              "Araújo",
              "Barbosa",
              "Rocha",
              "Moreira",
              "Cardoso",
              "Nascimento"));

  private final Random random;
  private final Set<String> drawn = new HashSet<>();
  private final Set<String> ids = new HashSet<>();

  DemoNames(long seed) {
    random = new Random(seed);
  }

  /** A new person's given and family names, in the style of {@code country}. */
  String[] draw(String country, Sex sex) {
    List<String> given = (sex == Sex.F ? WOMEN : MEN).get(country);
    List<String> families = FAMILIES.get(country);
    while (true) {
      String first = pick(given);
      String father = pick(families);
      String mother = pick(families);
      if (father.equals(mother)) {
        continue;
      }
      String family = father + " " + mother;
      if (drawn.add(fold(first + " " + family))) {
        return new String[] {first, family};
      }
    }
  }

  /** Whether a person of this sector and country is a woman, with the sector's usual share. */
  boolean woman(int percent) {
    return random.nextInt(100) < percent;
  }

  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /**
   * A national identity number as {@code country} writes it (Chile's RUN with its check digit,
   * Argentina's DNI and Paraguay's cédula with dots, Peru's DNI and Bolivia's cédula as digits), or
   * null for countries whose numbers the demo leaves out; never the same one twice.
   */
  String nationalId(String country) {
    while (true) {
      String id =
          switch (country) {
            case "CL" -> run(between(9_000_000, 21_999_999));
            case "AR" -> dotted(between(20_000_000, 42_999_999));
            case "PY" -> dotted(between(1_500_000, 6_999_999));
            case "PE" -> String.format(Locale.ROOT, "%08d", between(10_000_000, 79_999_999));
            case "BO" -> String.valueOf(between(2_000_000, 9_999_999));
            default -> null;
          };
      if (id == null || ids.add(country + id)) {
        return id;
      }
    }
  }

  /** Chile's RUN: "12.345.678-5", the check digit by modulo 11 ("K" for 10). */
  static String run(int body) {
    int sum = 0;
    int factor = 2;
    for (int rest = body; rest > 0; rest /= 10) {
      sum += (rest % 10) * factor;
      factor = factor == 7 ? 2 : factor + 1;
    }
    int digit = 11 - sum % 11;
    String check = digit == 11 ? "0" : digit == 10 ? "K" : String.valueOf(digit);
    return dotted(body) + "-" + check;
  }

  private static String dotted(int number) {
    return String.format(Locale.ROOT, "%,d", number).replace(',', '.');
  }

  /** The name as a hurried second registration writes it: accents left out. */
  static String withoutAccents(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static String fold(String name) {
    return withoutAccents(name).toLowerCase(Locale.ROOT);
  }
}
