package org.capacita.certificates.domain;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a template may use, and their filling: {@code {holder}}, {@code {module}},
 * {@code {hours}}, {@code {firstDay}}, {@code {lastDay}}, {@code {city}}, {@code {issuer}}, {@code
 * {number}} and {@code {issuedOn}}. Nothing else is read: no expression language, no code. Any
 * other text, {@code ${7*7}}, {@code #{facesContext}} or an unknown {@code {name}} included, is
 * printed as written, and a value is inserted as plain text, never read again for placeholders.
 */
public final class Placeholders {

  public static final Set<String> ALLOWED =
      Set.of(
          "holder",
          "module",
          "hours",
          "firstDay",
          "lastDay",
          "city",
          "issuer",
          "number",
          "issuedOn");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]{1,20})\\}");

  private Placeholders() {}

  /** {@code template} with each allowed placeholder replaced by its value in {@code values}. */
  public static String fill(String template, Map<String, String> values) {
    Matcher found = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder(template.length() + 64);
    int last = 0;
    while (found.find()) {
      String name = found.group(1);
      filled.append(template, last, found.start());
      if (ALLOWED.contains(name) && values.containsKey(name)) {
        String value = values.get(name);
        filled.append(value == null ? "" : value);
      } else {
        filled.append(found.group());
      }
      last = found.end();
    }
    return filled.append(template, last, template.length()).toString();
  }
}
