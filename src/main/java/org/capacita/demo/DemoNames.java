package org.capacita.demo;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.capacita.people.domain.Names;
import org.capacita.people.domain.Sex;

/**
 * Invented names in the style of each country of the demo programme (given names by sex, two family
 * names), and national identity numbers shaped as each country writes them. Drawn from a fixed
 * seed, so every start invents the same people; no full name is drawn twice.
 */
final class DemoNames {

  private final Random random;
  private final Set<String> drawn = new HashSet<>();
  private final Set<String> ids = new HashSet<>();

  DemoNames(long seed) {
    random = new Random(seed);
  }

  /** A new person's given and family names, in the style of {@code country}. */
  String[] draw(String country, Sex sex) {
    List<String> given = (sex == Sex.F ? DemoGivenNames.WOMEN : DemoGivenNames.MEN).get(country);
    List<String> families = DemoFamilyNames.FAMILIES.get(country);
    while (true) {
      String first = pick(given);
      String father = pick(families);
      String mother = pick(families);
      if (father.equals(mother)) {
        continue;
      }
      String family = father + " " + mother;
      if (drawn.add(Names.fold(first + " " + family))) {
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
}
