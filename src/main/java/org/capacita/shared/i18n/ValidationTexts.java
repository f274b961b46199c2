package org.capacita.shared.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interpolates Bean Validation message templates ({@code "{account.password.size}"}) from the
 * product's {@code ValidationMessages} bundles in a chosen locale, for the API, which answers in
 * the request's language rather than the server's.
 */
public final class ValidationTexts {

  private static final Pattern PARAMETER = Pattern.compile("\\{([\\w.]+)}");

  private ValidationTexts() {}

  public static String interpolate(String template, Map<String, Object> attributes, Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("ValidationMessages", Messages.supported(locale));
    String text = replace(template, key -> lookup(bundle, key));
    return replace(
        text, key -> attributes.containsKey(key) ? String.valueOf(attributes.get(key)) : null);
  }

  private static String lookup(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static String replace(String text, java.util.function.Function<String, String> values) {
    Matcher matcher = PARAMETER.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String value = values.apply(matcher.group(1));
      matcher.appendReplacement(
          result, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    matcher.appendTail(result);
    return result.toString();
  }
}
