package org.capacita.support;

import java.io.File;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser test classes carry it: without Debian's Chromium and chromedriver they are skipped before
 * anything boots for them, or fail when every suite is required (CI).
 */
public final class NeedsChromium implements ExecutionCondition {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) {
      return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
    }
    if (TestSettings.requireAll()) {
      throw new IllegalStateException(
          "Chromium and chromedriver are required (capacita.test.require-all) but missing");
    }
    return ConditionEvaluationResult.disabled("Chromium and chromedriver are missing: skipped");
  }
}
