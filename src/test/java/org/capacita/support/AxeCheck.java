package org.capacita.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core's check of the pages browser tests visit: no serious or critical violation. */
final class AxeCheck {

  /**
   * The shapes of the pages axe-core has checked in this run (address, language and markup without
   * text): a page seen again in the same shape is not checked again, as it cannot fail differently.
   */
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  private static final String SHAPE =
      """
      const parts = [location.pathname, document.documentElement.lang, window.innerWidth];
      for (const e of document.querySelectorAll('*')) {
        parts.push(e.tagName + '#' + e.id.replace(/[0-9]+/g, '') + '.'
          + (typeof e.className === 'string' ? e.className : '')
          + '@' + (e.getAttribute('role') || '') + (e.getAttribute('aria-invalid') || '')
          + (e.hidden ? 'h' : ''));
      }
      return parts.join(',');
      """;

  /** Fails on a serious or critical violation, unless a page of the same shape passed before. */
  static void assertAccessible(WebDriver driver) {
    if (!CHECKED.add(String.valueOf(((JavascriptExecutor) driver).executeScript(SHAPE)))) {
      return;
    }
    List<Rule> serious =
        new AxeBuilder()
            .analyze(driver).getViolations().stream()
                .filter(
                    rule ->
                        "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
    assertTrue(
        serious.isEmpty(),
        () ->
            driver.getCurrentUrl()
                + " has accessibility violations: "
                + serious.stream()
                    .map(
                        rule ->
                            rule.getId()
                                + " "
                                + rule.getNodes().stream()
                                    .map(n -> n.getTarget() + " " + n.getFailureSummary())
                                    .toList())
                    .collect(Collectors.joining("; ")));
  }

  private AxeCheck() {}
}
