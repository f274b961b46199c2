package org.capacita.people.importing;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.capacita.people.domain.Names;

/**
 * Sectors or countries by what a spreadsheet may call them: the code ({@code health}, {@code CL}),
 * or the name in English or Spanish, without regard to accents, case or a plural "s" ("Policía" for
 * "Policías", "chile", "PERU"), or one part of a name made of two ("Fiscalía" of "Fiscalía /
 * Ministerio Público", "police" of "Law enforcement (police)"). A word that could mean two of them
 * means neither: it is refused, never guessed.
 */
final class ReferenceNames<T> {

  private final Map<String, T> byKey = new HashMap<>();

  private ReferenceNames() {}

  /** The items by their code and by each of their names, the code winning over any name. */
  static <T> ReferenceNames<T> of(
      Collection<T> items, Function<T, String> code, Function<T, List<String>> names) {
    ReferenceNames<T> lookup = new ReferenceNames<>();
    lookup.addAll(items, item -> List.of(Names.fold(code.apply(item))));
    lookup.addAll(items, item -> folded(names.apply(item)));
    lookup.addAll(items, item -> parts(names.apply(item)));
    lookup.addAll(items, item -> singular(folded(names.apply(item))));
    lookup.addAll(items, item -> singular(parts(names.apply(item))));
    return lookup;
  }

  /** The item a cell names, or empty when it names none or could name several. */
  Optional<T> find(String value) {
    String folded = Names.fold(value);
    T found = byKey.get(folded);
    if (found == null) {
      found = byKey.get(singular(folded));
    }
    return Optional.ofNullable(found);
  }

  /** Adds one level of keys; a key new at this level that two items share is dropped. */
  private void addAll(Collection<T> items, Function<T, List<String>> keys) {
    Map<String, T> level = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (T item : items) {
      for (String key : keys.apply(item)) {
        if (key.isEmpty() || byKey.containsKey(key)) {
          continue;
        }
        T before = level.putIfAbsent(key, item);
        if (before != null && before != item) {
          shared.add(key);
        }
      }
    }
    shared.forEach(level::remove);
    byKey.putAll(level);
  }

  private static List<String> folded(List<String> names) {
    return names.stream().map(Names::fold).toList();
  }

  /** The parts of names like "A / B" and "A (B)". */
  private static List<String> parts(List<String> names) {
    return names.stream()
        .flatMap(name -> java.util.Arrays.stream(name.split("[/()]")))
        .map(Names::fold)
        .filter(part -> !part.isEmpty())
        .toList();
  }

  private static List<String> singular(List<String> keys) {
    return keys.stream().map(ReferenceNames::singular).toList();
  }

  /**
   * Each word of a folded text in the singular, roughly: enough to match "Policía" to "Policías".
   */
  private static String singular(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    for (String word : folded.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(singularWord(word));
    }
    return out.toString();
  }

  /** "policias" to "policia", "sociales" to "social", "services" to "service". */
  private static String singularWord(String word) {
    if (word.length() <= 3 || !word.endsWith("s")) {
      return word;
    }
    if (word.length() > 4
        && word.endsWith("es")
        && "lrnd".indexOf(word.charAt(word.length() - 3)) >= 0) {
      return word.substring(0, word.length() - 2);
    }
    return word.substring(0, word.length() - 1);
  }
}
