package org.capacita.people.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A labelled registry of invented officials, generated deterministically (fixed seed): {@value
 * #ORIGINALS} people, copies of some of them typed again by another trainer (married names,
 * hyphens, capitals, typos in both names, a typo with a dropped second surname, given and family
 * names typed into each other's fields, national IDs in another shape), and look-alikes who are
 * other people (namesakes with common surnames elsewhere, siblings in the same office, the same
 * name and institution with another national ID, a masculine and feminine given name). Every name
 * is made up from common Latin American given names and surnames; any real person is a coincidence.
 */
final class GeneratedRegistry {

  static final int ORIGINALS = 700;
  private static final long SEED = 20261203L;

  private static final String[] FEMALE = {
    "Ximena",
    "Sofía",
    "María José",
    "Camila",
    "Valentina",
    "Fernanda",
    "Daniela",
    "Carolina",
    "Luana",
    "Ana Paula",
    "Rosa",
    "Milagros",
    "Gabriela",
    "Javiera",
    "Patricia",
    "Verónica",
    "Lucía",
    "Andrea",
    "Natalia",
    "Paola",
    "Claudia",
    "Marcela",
    "Yesenia",
    "Noelia",
    "Florencia",
    "Antonella",
    "Lorena",
    "Mariana",
    "Beatriz",
    "Juliana",
    "Isabel",
    "Teresa",
    "Roxana",
    "Liz",
    "Carla Andrea",
    "Ana María",
    "Silvia",
    "Elena",
    "Graciela",
    "Rocío"
  };
  private static final String[] MALE = {
    "Héctor",
    "Juan Carlos",
    "José",
    "Luis Alberto",
    "Gonzalo",
    "Sebastián",
    "Rodrigo",
    "Diego",
    "Matías",
    "Carlos",
    "Jorge",
    "Edwin",
    "Fábio",
    "Arnaldo",
    "Ramón",
    "Germán",
    "Hugo",
    "Elmer",
    "Cristian",
    "Francisco",
    "Andrés",
    "Felipe",
    "Ricardo",
    "Marcelo",
    "Víctor",
    "Roberto",
    "Eduardo",
    "Leandro",
    "Sérgio",
    "Pablo",
    "Tomás",
    "Ignacio",
    "Julio César",
    "Mauricio",
    "Esteban",
    "Gustavo",
    "Fernando",
    "Raúl",
    "Alejandro",
    "Manuel"
  };

  /** The commonest surnames come first and are drawn more often: namesakes are frequent. */
  private static final String[] SURNAMES = {
    "González",
    "Rodríguez",
    "Pérez",
    "Quispe",
    "Mamani",
    "Silva",
    "Rojas",
    "Flores",
    "López",
    "Díaz",
    "Morales",
    "Gómez",
    "Fernández",
    "Martínez",
    "Sánchez",
    "Torres",
    "Ramírez",
    "Vargas",
    "Castro",
    "Herrera",
    "Gutiérrez",
    "Muñoz",
    "Soto",
    "Contreras",
    "Sepúlveda",
    "Araya",
    "Fuentes",
    "Valenzuela",
    "Espinoza",
    "Tapia",
    "Reyes",
    "Cárdenas",
    "Huamán",
    "Condori",
    "Choque",
    "Gonçalves",
    "Ferreira",
    "Oliveira",
    "Souza",
    "Pereira",
    "Giménez",
    "Benítez",
    "Insfrán",
    "Brítez",
    "Riquelme",
    "Orellana",
    "Vergara",
    "Salazar",
    "Zevallos",
    "Aguilar",
    "Medina",
    "Castillo",
    "Paredes",
    "Escobar",
    "Jara",
    "Rivera",
    "Navarro",
    "Cabrera",
    "Villalba",
    "Ortiz",
    "Peralta",
    "Montaño",
    "Arce",
    "Villca",
    "Lagos",
    "Mendoza",
    "Cruz",
    "Vera",
    "Acosta",
    "Romero"
  };

  private static final String[][] WORKPLACES = {
    {"CL", "Hospital Regional de Antofagasta", "Antofagasta", "hra.cl"},
    {"CL", "Fiscalía Regional de Arica y Parinacota", "Arica", "fiscalia-arica.cl"},
    {"CL", "Policía de Investigaciones, Brigada de Trata de Personas", "Iquique", "pdi-iquique.cl"},
    {"CL", "CESFAM Cirujano Aguirre", "Santiago", "cesfam-aguirre.cl"},
    {"CL", "Dirección Regional del Trabajo Tarapacá", "Iquique", "dt-tarapaca.cl"},
    {"PE", "Corte Superior de Justicia de Cusco", "Cusco", "csj-cusco.pe"},
    {"PE", "Red de Salud Puno", "Puno", "redsaludpuno.pe"},
    {"PE", "Fiscalía Provincial de Tacna", "Tacna", "fp-tacna.pe"},
    {"PE", "Ministerio de la Mujer y Poblaciones Vulnerables", "Lima", "mimp.gob.pe"},
    {"BO", "Fuerza Especial de Lucha Contra el Crimen El Alto", "El Alto", "felcc-elalto.bo"},
    {"BO", "Hospital Materno Infantil Germán Urquidi", "Cochabamba", "hmigu.bo"},
    {"BO", "Defensoría de la Niñez y Adolescencia de Yacuiba", "Yacuiba", "dna-yacuiba.bo"},
    {"AR", "Hospital de Alta Complejidad Formosa", "Formosa", "hac-formosa.ar"},
    {"AR", "Policía de Misiones, División Trata de Personas", "Posadas", "policia-misiones.ar"},
    {"AR", "Juzgado Federal de Salta", "Salta", "jfsalta.ar"},
    {"BR", "Hospital Municipal Padre Germano Lauck", "Foz do Iguaçu", "hmpgl.br"},
    {"BR", "Defensoria Pública da União", "Brasília", "dpu.br"},
    {"BR", "Secretaria Municipal de Saúde de Corumbá", "Corumbá", "saude-corumba.br"},
    {"PY", "Fiscalía Regional de Itapúa", "Encarnación", "fiscalia-itapua.py"},
    {"PY", "Dirección General de Migraciones", "Asunción", "migraciones.gov.py"},
    {"PY", "Hospital Regional de Ciudad del Este", "Ciudad del Este", "hrcde.py"}
  };
  private static final String[] FREE_MAIL = {"gmail.com", "hotmail.com", "outlook.com", "yahoo.es"};

  /** One labelled pair: whether both records are one person, and what kind of pair it is. */
  record Pair(boolean same, String kind, PersonFacts a, PersonFacts b) {}

  private final Random random = new Random(SEED);
  private final List<PersonFacts> originals = new ArrayList<>();
  private final List<Pair> pairs = new ArrayList<>();
  private int people;

  private GeneratedRegistry() {}

  /** The registry's labelled pairs; every call gives the same ones. */
  static GeneratedRegistry generate() {
    GeneratedRegistry registry = new GeneratedRegistry();
    registry.build();
    return registry;
  }

  List<Pair> pairs() {
    return pairs;
  }

  /** How many distinct records the pairs are made of. */
  int people() {
    return people;
  }

  private void build() {
    for (int i = 0; i < ORIGINALS; i++) {
      originals.add(original());
    }
    people = ORIGINALS;
    // copies typed again by another trainer: one person, two records
    for (int i = 0; i < 200; i++) {
      PersonFacts original = originals.get(i);
      Copy copy = copyOf(original, i % 10);
      same(copy.kind(), original, copy.facts());
    }
    // look-alikes: other people who resemble one of the registry
    for (int i = 0; i < 200; i++) {
      PersonFacts original = originals.get(200 + i);
      Copy other = lookAlikeOf(original, i % 5);
      if (other != null) {
        different(other.kind(), original, other.facts());
      }
    }
    // unrelated pairs of the same family-name block (what a blocking key puts side by side)
    for (int i = 400; i < ORIGINALS; i++) {
      for (int j = i + 1; j < ORIGINALS; j++) {
        PersonFacts a = originals.get(i);
        PersonFacts b = originals.get(j);
        if (Names.nameTokens(a.familyNames())
            .get(0)
            .equals(Names.nameTokens(b.familyNames()).get(0))) {
          pairs.add(new Pair(false, "same_first_surname", a, b));
        }
      }
    }
  }

  private void same(String kind, PersonFacts a, PersonFacts b) {
    pairs.add(new Pair(true, kind, a, b));
    people++;
  }

  private void different(String kind, PersonFacts a, PersonFacts b) {
    pairs.add(new Pair(false, kind, a, b));
    people++;
  }

  private record Copy(String kind, PersonFacts facts) {}

  private PersonFacts original() {
    boolean female = random.nextBoolean();
    String given = pick(female ? FEMALE : MALE);
    String first = surname();
    String second = surname();
    while (second.equals(first)) {
      second = surname();
    }
    String[] workplace = pick(WORKPLACES);
    String country = workplace[0];
    String family = first + " " + second;
    if (country.equals("BR") && random.nextInt(3) == 0) {
      family = first + " " + pick(new String[] {"da", "dos", "de"}) + " " + second;
    }
    String email =
        switch (random.nextInt(4)) {
          case 0 -> null;
          case 1 -> handle(given, first) + "@" + workplace[3];
          default -> handle(given, first) + (10 + random.nextInt(90)) + "@" + pick(FREE_MAIL);
        };
    String nationalId = random.nextInt(5) < 2 ? nationalId(country) : null;
    return new PersonFacts(
        given, family, female ? 'F' : 'M', email, nationalId, country, workplace[1], workplace[2]);
  }

  /** Another record of the same person, typed by another trainer. */
  private Copy copyOf(PersonFacts p, int kind) {
    String given = p.givenNames();
    String family = p.familyNames();
    String email = random.nextInt(3) == 0 ? null : p.email();
    String id = random.nextBoolean() ? null : p.nationalId();
    char sex = random.nextInt(4) == 0 ? 'U' : p.sex();
    String institution = random.nextInt(4) == 0 ? null : p.institution();
    String name;
    List<String> surnames = surnames(family);
    switch (kind) {
      case 0 -> {
        name = p.sex() == 'F' ? "married" : "typos_in_both_names";
        if (p.sex() == 'F') {
          family = surnames.get(0) + " de " + surname();
        } else {
          family = typo(surnames.get(0)) + " " + surnames.get(1);
          given = typo(given);
        }
        if (random.nextBoolean()) {
          given = given.toUpperCase(Locale.ROOT);
          family = capitalsExceptParticles(family);
        }
      }
      case 1 -> {
        name = "hyphen";
        family = surnames.get(0) + "-" + String.join(" ", surnames.subList(1, surnames.size()));
        if (random.nextBoolean()) {
          family = stripAccents(family);
        } else {
          given = typo(given);
        }
      }
      case 2 -> {
        name = "typos_in_both_names";
        given = typo(given);
        family = typo(surnames.get(0)) + " " + surnames.get(1);
      }
      case 3 -> {
        name = "typo_and_dropped_second_surname";
        family = typo(surnames.get(0));
        if (random.nextBoolean()) {
          given = stripAccents(given);
        }
      }
      case 4 -> {
        name = "swapped_fields";
        String swap = given;
        given = family;
        family = swap;
        if (random.nextBoolean()) {
          given = stripAccents(given).toUpperCase(Locale.ROOT);
        }
      }
      case 5 -> {
        name = "capitals";
        given = stripAccents(given).toUpperCase(Locale.ROOT);
        family = stripAccents(family).toUpperCase(Locale.ROOT);
      }
      case 6 -> {
        name = "dropped_second_surname";
        family = surnames.get(0);
        given = random.nextBoolean() ? given.split(" ")[0] : given;
      }
      case 7 -> {
        name = "typo";
        if (random.nextBoolean()) {
          given = typo(given);
        } else {
          family = typo(surnames.get(0)) + " " + surnames.get(1);
        }
        email = p.email();
      }
      case 8 -> {
        name = "national_id_in_another_shape";
        id = p.nationalId() == null ? null : reshape(p.nationalId(), p.country());
        family = random.nextBoolean() ? surnames.get(0) : family;
      }
      default -> {
        name = p.sex() == 'F' ? "married_with_both_surnames" : "capitals";
        if (p.sex() == 'F') {
          family = family + " de " + surname();
        } else {
          family = stripAccents(family);
          given = given.toLowerCase(Locale.ROOT);
        }
      }
    }
    return new Copy(
        name, new PersonFacts(given, family, sex, email, id, p.country(), institution, p.city()));
  }

  /** Another person who resembles {@code p}; null when none of this kind fits. */
  private Copy lookAlikeOf(PersonFacts p, int kind) {
    List<String> surnames = surnames(p.familyNames());
    String[] elsewhere = pick(WORKPLACES);
    while (elsewhere[1].equals(p.institution()) || elsewhere[2].equals(p.city())) {
      elsewhere = pick(WORKPLACES);
    }
    return switch (kind) {
      case 0 ->
          // a namesake with common surnames in another institution, city or country
          new Copy(
              "namesake_elsewhere",
              new PersonFacts(
                  p.givenNames(),
                  p.familyNames(),
                  p.sex(),
                  random.nextBoolean()
                      ? null
                      : handle(p.givenNames(), surnames.get(0)) + "@" + elsewhere[3],
                  null,
                  elsewhere[0],
                  elsewhere[1],
                  elsewhere[2]));
      case 1 -> {
        // a sibling in the same office: same surnames, another given name
        boolean female = random.nextBoolean();
        String given = pick(female ? FEMALE : MALE);
        while (Names.fold(given).equals(Names.fold(p.givenNames()))) {
          given = pick(female ? FEMALE : MALE);
        }
        yield new Copy(
            "sibling_same_office",
            new PersonFacts(
                given,
                p.familyNames(),
                female ? 'F' : 'M',
                random.nextBoolean() ? null : handle(given, surnames.get(0)) + "@" + domain(p),
                null,
                p.country(),
                p.institution(),
                p.city()));
      }
      case 2 ->
          // the same name and institution, another national ID (both records have one)
          p.nationalId() == null
              ? null
              : new Copy(
                  "same_name_and_institution_other_id",
                  new PersonFacts(
                      p.givenNames().toUpperCase(Locale.ROOT),
                      p.familyNames(),
                      p.sex(),
                      null,
                      nationalId(p.country()),
                      p.country(),
                      p.institution(),
                      p.city()));
      case 3 -> {
        // a married namesake elsewhere: same given name and first surname
        yield new Copy(
            "married_namesake_elsewhere",
            new PersonFacts(
                p.givenNames(),
                surnames.get(0) + " de " + surname(),
                p.sex(),
                null,
                null,
                elsewhere[0],
                elsewhere[1],
                elsewhere[2]));
      }
      default -> {
        // a namesake of the first surname only, in the same city, another given name of the sex
        String given = pick(p.sex() == 'F' ? FEMALE : MALE);
        if (Names.fold(given).equals(Names.fold(p.givenNames()))) {
          yield null;
        }
        yield new Copy(
            "same_first_surname_same_city",
            new PersonFacts(
                given,
                surnames.get(0) + " " + surname(),
                p.sex(),
                null,
                null,
                p.country(),
                random.nextBoolean() ? p.institution() : elsewhere[1],
                p.city()));
      }
    };
  }

  private String domain(PersonFacts p) {
    for (String[] workplace : WORKPLACES) {
      if (workplace[1].equals(p.institution())) {
        return workplace[3];
      }
    }
    return pick(FREE_MAIL);
  }

  /** The surnames of a family name without particles, as typed. */
  private static List<String> surnames(String family) {
    List<String> words = new ArrayList<>();
    for (String word : family.split(" ")) {
      if (!List.of("da", "dos", "de").contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private String surname() {
    // the first twenty surnames are drawn half the time
    return random.nextBoolean()
        ? SURNAMES[random.nextInt(20)]
        : SURNAMES[random.nextInt(SURNAMES.length)];
  }

  private String handle(String given, String family) {
    String g = Names.fold(given).split(" ")[0];
    String f = Names.fold(family).split(" ")[0];
    return random.nextBoolean() ? g + "." + f : g.charAt(0) + f;
  }

  private String nationalId(String country) {
    return switch (country) {
      case "CL" -> rut(5_000_000 + random.nextInt(20_000_000));
      case "PE" -> String.format(Locale.ROOT, "%08d", random.nextInt(80_000_000));
      case "AR" -> dotted(20_000_000 + random.nextInt(25_000_000));
      case "BR" ->
          String.format(
              Locale.ROOT,
              "%03d.%03d.%03d-%02d",
              random.nextInt(1000),
              random.nextInt(1000),
              random.nextInt(1000),
              random.nextInt(100));
      case "BO" -> (1_000_000 + random.nextInt(8_000_000)) + (random.nextBoolean() ? " LP" : "");
      default -> dotted(1_000_000 + random.nextInt(6_000_000));
    };
  }

  /** The same ID typed in another shape: without dots and dashes, or without its suffix. */
  private static String reshape(String id, String country) {
    String compact = id.replaceAll("[.\\- ]", "");
    return switch (country) {
      case "BO" -> id.endsWith(" LP") ? id.substring(0, id.length() - 3) : id + " LP";
      case "PE" -> compact.replaceFirst("^0+", "");
      default ->
          compact.equals(id)
              ? id.substring(0, id.length() - 1) + "-" + id.charAt(id.length() - 1)
              : compact;
    };
  }

  private static String rut(int body) {
    int sum = 0;
    int factor = 2;
    for (int n = body; n > 0; n /= 10) {
      sum += (n % 10) * factor;
      factor = factor == 7 ? 2 : factor + 1;
    }
    int check = 11 - sum % 11;
    String digit = check == 11 ? "0" : check == 10 ? "K" : Integer.toString(check);
    return dotted(body) + "-" + digit;
  }

  private static String dotted(int number) {
    return String.format(Locale.ROOT, "%,d", number).replace(',', '.');
  }

  /**
   * One typing slip in a word of five letters or more: a swap, a dropped, doubled or wrong letter.
   */
  private String typo(String name) {
    String[] words = name.split(" ");
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() > words[at].length()) {
        at = i;
      }
    }
    String word = words[at];
    if (word.length() < 5) {
      return name;
    }
    int i = 1 + random.nextInt(word.length() - 2);
    StringBuilder slip = new StringBuilder(word);
    switch (random.nextInt(4)) {
      case 0 -> {
        char c = slip.charAt(i);
        slip.setCharAt(i, slip.charAt(i + 1));
        slip.setCharAt(i + 1, c);
      }
      case 1 -> slip.deleteCharAt(i);
      case 2 -> slip.insert(i, slip.charAt(i));
      default -> slip.setCharAt(i, "aeiourstnl".charAt(random.nextInt(10)));
    }
    words[at] = slip.toString();
    return String.join(" ", words);
  }

  private static String stripAccents(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static String capitalsExceptParticles(String family) {
    StringBuilder out = new StringBuilder();
    for (String word : family.split(" ")) {
      out.append(out.length() == 0 ? "" : " ")
          .append(word.equals("de") ? word : word.toUpperCase(Locale.ROOT));
    }
    return out.toString();
  }

  private <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }
}
