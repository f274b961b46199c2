package org.capacita.people.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folding of names and national IDs so that records typed by different people compare equal: case,
 * accents and other diacritics, punctuation and spacing are ignored; Spanish and Portuguese
 * particles ("de", "da", "dos", "y"...) can be dropped; a sound-alike key equates common spelling
 * variants ("Vásquez" and "Vazquez", "Jhonny" and "Johnny").
 */
public final class Names {

  private static final Map<String, String> LETTERS =
      Map.of(
          "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d", "ð", "d", "ł", "l", "þ", "th", "ı",
          "i");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`´ʼ]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> PARTICLES =
      Set.of("da", "das", "de", "del", "di", "do", "dos", "du", "e", "la", "las", "los", "y");
  private static final String[][] SOUNDS = {
    {"ch", "C"}, {"sh", "C"}, {"ph", "f"}, {"th", "t"}, {"qu", "k"}, {"gue", "Ge"}, {"gui", "Gi"},
    {"ge", "je"}, {"gi", "ji"}, {"ce", "se"}, {"ci", "si"}, {"ll", "y"}, {"h", ""}, {"c", "k"},
    {"x", "j"}, {"v", "b"}, {"z", "s"}
  };

  private Names() {}

  /**
   * A name as it should be stored and shown: trimmed, with runs of white space made one space, and
   * empty for {@code null}. Case and accents are kept.
   */
  public static String clean(String text) {
    return text == null ? "" : WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
  }

  /**
   * Lower-cases, replaces letters such as ß, æ, ø by their base letters, strips diacritics, drops
   * apostrophes, turns other punctuation into spaces and collapses spaces: " PÉREZ-Ñúñez, D'Ávila "
   * becomes "perez nunez davila". Imports fold every name several times, so the characters of Latin
   * scripts come from a table computed once; others go through {@link Normalizer}.
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      String piece = codePoint < TABLE.length ? TABLE[codePoint] : piece(codePoint);
      for (int j = 0; j < piece.length(); j++) {
        char c = piece.charAt(j);
        if (c == ' ') {
          pendingSpace = out.length() > 0;
        } else {
          if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  private static final String[] TABLE = table();

  private static String[] table() {
    String[] table = new String[0x250];
    for (int c = 0; c < table.length; c++) {
      table[c] = piece(c);
    }
    return table;
  }

  /** One character folded: letters and digits, "" when dropped, " " for a separator. */
  private static String piece(int codePoint) {
    String lower = new String(Character.toChars(codePoint)).toLowerCase(Locale.ROOT);
    String replaced = LETTERS.getOrDefault(lower, lower);
    String stripped =
        MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFKD)).replaceAll("");
    stripped = APOSTROPHES.matcher(stripped).replaceAll("");
    return SEPARATORS.matcher(stripped).replaceAll(" ");
  }

  /** The folded words of a text; empty for a blank text. */
  public static List<String> tokens(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  /**
   * The folded words of a name without particles ("de", "da", "dos", "del", "y", "e"...), unless
   * the name has nothing else: "da Silva Souza" gives [silva, souza].
   */
  public static List<String> nameTokens(String name) {
    List<String> all = tokens(name);
    List<String> significant = all.stream().filter(t -> !PARTICLES.contains(t)).toList();
    return significant.isEmpty() ? all : significant;
  }

  /**
   * The surnames a married woman keeps before "de" and her husband's surname: "Morales de Rivera"
   * gives [morales], "Morales Gómez de Rivera" [morales, gomez]; empty for a name of another shape
   * ("de la Cruz", "Silva Souza"). Hyphens separate surnames like spaces.
   */
  public static List<String> maidenSurnames(String family) {
    List<String> all = tokens(family);
    int de = all.lastIndexOf("de");
    if (de < 1 || de != all.size() - 2 || PARTICLES.contains(all.get(all.size() - 1))) {
      return List.of();
    }
    return all.subList(0, de).stream().filter(t -> !PARTICLES.contains(t)).toList();
  }

  /**
   * A national ID reduced to upper-case letters and digits without leading zeros, so that
   * "12.345.678-k", "12345678K" and "012345678-K" compare equal; empty when missing.
   */
  public static String normalizeNationalId(String nationalId) {
    String compact = fold(nationalId).replace(" ", "").toUpperCase(Locale.ROOT);
    int start = 0;
    while (start < compact.length() - 1 && compact.charAt(start) == '0') {
      start++;
    }
    return compact.substring(start);
  }

  /**
   * A rough sound-alike key for a folded Spanish or Portuguese word: b/v, s/z/soft c, j/soft g/x,
   * y/ll, k/hard c/qu, silent h and doubled letters are equated.
   */
  public static String soundKey(String token) {
    String key = token;
    for (String[] sound : SOUNDS) {
      key = key.replace(sound[0], sound[1]);
    }
    StringBuilder single = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      if (i == 0 || key.charAt(i) != key.charAt(i - 1)) {
        single.append(key.charAt(i));
      }
    }
    if (single.length() > 1 && single.charAt(single.length() - 1) == 'y') {
      single.setCharAt(single.length() - 1, 'i');
    }
    return single.toString().toLowerCase(Locale.ROOT);
  }
}
