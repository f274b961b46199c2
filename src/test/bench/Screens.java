import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Full-page screenshots of pages as a signed-in user sees them, at 1280 and 390 pixels wide, for
 * looking at what ships (screens.sh runs it). Arguments: base address, language, username or "-"
 * (signed out), password, output folder, then pages relative to the base ("workshops/index.xhtml").
 */
public class Screens {
  public static void main(String[] args) throws Exception {
    String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
    String language = args[1];
    Path out = Files.createDirectories(Path.of(args[4]));
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--lang=" + language, "--window-size=1280,900");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriver driver = new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .usingAnyFreePort().build(), options);
    try {
      if (!"-".equals(args[2])) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(args[2]);
        driver.findElement(By.id("login:password")).sendKeys(args[3]);
        driver.findElement(By.id("login:signIn")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(d -> !d.getCurrentUrl().contains("login.xhtml"));
      }
      for (int i = 5; i < args.length; i++) {
        for (int width : new int[] {1280, 390}) {
          driver.manage().window().setSize(new Dimension(width, 900));
          driver.get(base + args[i]);
          new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
              ((JavascriptExecutor) d).executeScript("return document.readyState")));
          Thread.sleep(400);
          String name = args[i].replaceAll("[^A-Za-z0-9]+", "_") + "-" + language + "-" + width + ".png";
          Object height = driver.executeScript("return document.documentElement.scrollHeight");
          Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
              "captureBeyondViewport", true,
              "clip", Map.of("x", 0, "y", 0, "width", width, "height", ((Number) height).intValue(), "scale", 1)));
          Files.write(out.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
          System.out.println(out.resolve(name) + "  " + driver.getCurrentUrl());
        }
      }
    } finally {
      driver.quit();
    }
  }
}
