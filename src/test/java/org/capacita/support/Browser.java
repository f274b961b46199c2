package org.capacita.support;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Debian's headless Chromium driven by Selenium, in one language. The binaries are named explicitly
 * so that Selenium never downloads a browser of its own.
 */
public final class Browser implements AutoCloseable {

  private static final File CHROMIUM = NeedsChromium.CHROMIUM;
  private static final File CHROMEDRIVER = NeedsChromium.CHROMEDRIVER;

  /**
   * Browsers left by finished tests, by language and JavaScript, for the next test to reuse: a
   * Chromium start costs about a second. Each is emptied (cookies, storage, overrides) when
   * returned, and all are quit when the test run ends.
   */
  private static final Map<String, Deque<Browser>> IDLE = new ConcurrentHashMap<>();

  private static final List<Browser> STARTED = new CopyOnWriteArrayList<>();

  private static final Duration POLL = Duration.ofMillis(50);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll, "browser-pool-shutdown"));
  }

  private final WebDriver driver;
  private final String key;
  private final boolean javaScript;
  private final Path profile;
  private String base;

  private Browser(String key, String language, boolean javaScript) throws Exception {
    this.key = key;
    this.javaScript = javaScript;
    this.profile = Files.createTempDirectory("capacita-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    Map<String, Object> prefs = new HashMap<>(Map.of("intl.accept_languages", language));
    if (!javaScript) {
      // 2 blocks the pages' own scripts; Selenium's (and so axe-core) still run.
      prefs.put("profile.managed_default_content_settings.javascript", 2);
    }
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    STARTED.add(this);
  }

  private static Browser checkOut(URL base, String language, boolean javaScript) throws Exception {
    TestSettings.assumeAvailable(
        CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "Chromium and chromedriver");
    String key = language + (javaScript ? "" : "/no-js");
    Browser browser = IDLE.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>()).poll();
    if (browser == null) {
      browser = new Browser(key, language, javaScript);
    }
    browser.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    return browser;
  }

  /**
   * A wait that looks again every 50 ms: Selenium's default of 500 ms made every click cost half a
   * second more than the page took, which added up to minutes per run.
   */
  public FluentWait<WebDriver> waitUpTo(int seconds) {
    return new FluentWait<WebDriver>(driver)
        .withTimeout(Duration.ofSeconds(seconds))
        .pollingEvery(POLL);
  }

  /** A browser whose Accept-Language is {@code language}; skipped or failed when none exists. */
  public static Browser open(URL base, String language) throws Exception {
    return checkOut(base, language, true);
  }

  /** The same browser with the pages' JavaScript switched off, as some users and readers have. */
  public static Browser openWithoutJavaScript(URL base, String language) throws Exception {
    return checkOut(base, language, false);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a page of the application, given relative to its root (no leading slash). */
  public Browser go(String page) {
    driver.get(base + page);
    return waitForPage();
  }

  /**
   * Waits until the page is loaded and its PrimeFaces widgets are set up, then checks it with
   * axe-core: every page a browser test visits is checked for accessibility.
   */
  public Browser waitForPage() {
    waitUpTo(20)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !!PrimeFaces.csp)")));
    assertAccessible();
    return this;
  }

  /** Chooses a value of a PrimeFaces select menu through its widget, as a user's choice would. */
  public Browser select(String widgetVar, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("PF(arguments[0]).selectValue(arguments[1]);", widgetVar, value);
    return this;
  }

  /**
   * Chooses a value of a PrimeFaces select menu and fires its change behaviour (the Ajax update a
   * user's choice sends), without depending on the menu's panel animation.
   */
  public Browser choose(String widgetVar, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "var menu = PF(arguments[0]); menu.selectValue(arguments[1]);"
                + " menu.triggerChange();",
            widgetVar,
            value);
    return this;
  }

  /** Clicks something that does not leave the page (a checkbox label, say). */
  public Browser check(String css) {
    waitUpTo(15)
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              d.findElement(By.cssSelector(css)).click();
              return true;
            });
    return this;
  }

  public WebElement find(String css) {
    return waitUpTo(15)
        .ignoring(WebDriverException.class)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /**
   * Whether the page has such an element. Chromium sometimes answers a query made just after a page
   * load with "node does not belong to the document"; the query is then asked again.
   */
  public boolean has(String css) {
    return waitUpTo(15)
        .ignoring(WebDriverException.class)
        .until(d -> d.findElements(By.cssSelector(css)).isEmpty() ? "no" : "yes")
        .equals("yes");
  }

  /**
   * Types into a field, finding it again if the page replaced it meanwhile. A date or time input is
   * given its value as the browser posts it ({@code 2027-01-14}, {@code 09:30}), set directly: keys
   * typed there follow the browser's language ({@code 14/01/2027} in Spanish).
   */
  public Browser type(String css, String text) {
    waitUpTo(15)
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              WebElement field = d.findElement(By.cssSelector(css));
              if (List.of("date", "time").contains(field.getAttribute("type"))) {
                ((JavascriptExecutor) d)
                    .executeScript(
                        "arguments[0].value = arguments[1];"
                            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        field,
                        text);
                return text.equals(field.getAttribute("value"));
              }
              field.clear();
              field.sendKeys(text);
              return text.equals(field.getAttribute("value"));
            });
    return this;
  }

  /** Clicks and waits for the next page (every form here posts without Ajax). */
  public Browser click(String css) {
    return click(By.cssSelector(css));
  }

  /** Clicks the button whose id ends with {@code idSuffix} in the card that shows {@code text}. */
  public Browser clickInCardShowing(String text, String idSuffix) {
    return clickIn("//section[contains(@class,'card')][contains(., '" + text + "')]", idSuffix);
  }

  /** Clicks the button whose id ends with {@code idSuffix} inside the element at {@code xpath}. */
  public Browser clickIn(String xpath, String idSuffix) {
    return click(
        By.xpath(
            xpath
                + "//button[substring(@id, string-length(@id) - "
                + (idSuffix.length() - 1)
                + ") = '"
                + idSuffix
                + "']"));
  }

  /**
   * Clicks the button whose id ends with {@code idSuffix} in the table row that shows {@code text}.
   */
  public Browser clickInRowShowing(String text, String idSuffix) {
    return click(
        By.xpath(
            "//tr[contains(., '"
                + text
                + "')]//button[substring(@id, string-length(@id) - "
                + (idSuffix.length() - 1)
                + ") = '"
                + idSuffix
                + "']"));
  }

  private Browser click(By locator) {
    WebElement element =
        waitUpTo(15)
            .ignoring(WebDriverException.class)
            .until(ExpectedConditions.presenceOfElementLocated(locator));
    element.click();
    waitUpTo(20).until(d -> isGone(element));
    return waitForPage();
  }

  /** Whether the element belongs to a page that was replaced. */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      // Chromium reports an element of a replaced page this way too.
      return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }
  }

  /** The page's title heading. */
  public String heading() {
    return text("main h1");
  }

  /** The text of an element, read again if the page was still being replaced. */
  public String text(String css) {
    return waitUpTo(15)
        .ignoring(WebDriverException.class)
        .until(d -> d.findElement(By.cssSelector(css)).getText());
  }

  public String messages() {
    return waitUpTo(15)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                d.findElements(By.cssSelector(".page-messages, .ui-message")).stream()
                    .map(WebElement::getText)
                    .collect(Collectors.joining(" | ")));
  }

  /**
   * The page's messages once one of them contains {@code expected}, for results that arrive by a
   * later Ajax update (a background job's poll); after 90 s, whatever the messages say then.
   */
  public String messagesOnceShowing(String expected) {
    try {
      return waitUpTo(90)
          .ignoring(WebDriverException.class)
          .until(d -> messages().contains(expected) ? messages() : null);
    } catch (org.openqa.selenium.TimeoutException e) {
      return messages();
    }
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public Cookie sessionCookie() {
    return driver.manage().getCookieNamed("JSESSIONID");
  }

  /** Opens an address outside the usual navigation (a link from a mail). */
  public Browser open(String url) {
    driver.get(url);
    return waitForPage();
  }

  public Browser signIn(String username, String password) {
    go("login.xhtml");
    type("#login\\:username", username);
    type("#login\\:password", password);
    return click("#login\\:signIn");
  }

  public Browser signOut() {
    return click("#signOut\\:signOutButton");
  }

  /**
   * Checks the page with axe-core, unless a page of the same shape passed before. Pages without
   * JavaScript are not checked: axe-core waits for callbacks that never come there, and the same
   * pages are checked with JavaScript on.
   */
  private void assertAccessible() {
    if (javaScript) {
      AxeCheck.assertAccessible(driver);
    }
  }

  /**
   * Makes the window {@code pixels} wide (390 is a phone) and checks the page again at that width;
   * returned browsers are 1280 wide again.
   */
  public Browser width(int pixels) {
    driver.manage().window().setSize(new Dimension(pixels, 900));
    assertAccessible();
    return this;
  }

  /**
   * Saves the whole page as {@code <name>.png} in the folder named by the system property {@code
   * capacita.test.screenshots}, when it is set (to look at what a test shows); else does nothing.
   */
  @SuppressWarnings("unchecked")
  public Browser screenshot(String name) throws IOException {
    String folder = System.getProperty("capacita.test.screenshots");
    if (folder == null || folder.isBlank()) {
      return this;
    }
    ChromiumDriver chromium = (ChromiumDriver) driver;
    Map<String, Object> metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) size.get("width")).doubleValue(),
            "height", ((Number) size.get("height")).doubleValue(),
            "scale", 1);
    Map<String, Object> shot =
        chromium.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Path target = Path.of(folder);
    Files.createDirectories(target);
    Files.write(
        target.resolve(name + ".png"),
        java.util.Base64.getDecoder().decode((String) shot.get("data")));
    return this;
  }

  /** Sets the browser's time zone, as a user abroad has it, until the test returns it. */
  public Browser inTimeZone(String zone) {
    ((ChromiumDriver) driver)
        .executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    return this;
  }

  /** Returns the browser emptied to the pool, or quits it when it cannot be emptied. */
  @Override
  public void close() throws Exception {
    try {
      ChromiumDriver chromium = (ChromiumDriver) driver;
      driver.get("about:blank");
      chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      chromium.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of(
              "origin",
              new URL(base).toURI().resolve("/").toString().replaceAll("/$", ""),
              "storageTypes",
              "all"));
      chromium.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
      driver.manage().window().setSize(new Dimension(1280, 900));
      IDLE.get(key).push(this);
    } catch (RuntimeException e) {
      quit();
    }
  }

  private void quit() {
    STARTED.remove(this);
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // a temporary folder left behind
      }
    }
  }

  private static void quitAll() {
    STARTED.forEach(Browser::quit);
  }
}
