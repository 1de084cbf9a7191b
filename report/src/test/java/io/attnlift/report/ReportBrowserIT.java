package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Json;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens a fixture run's report in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}): it renders without console errors or network requests, shows every
 * section with the run's numbers, renders a hostile store name as text, and is saved as a
 * full-page screenshot ({@code target/report-screenshot.png}) and a printed PDF.
 */
class ReportBrowserIT {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /** Kept after the test, so the report can be opened by hand: target/report-it-runs/r1. */
  private static final Path root = Path.of("target", "report-it-runs").toAbsolutePath();
  private static ChromeDriver driver;
  private static Path report;
  private static Path profile;
  private static List<LogEntry> console;
  private static List<LogEntry> network;

  @BeforeAll
  static void openReport() throws Exception {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      fail("headless Chromium is required: install it with"
          + " 'apt-get update && apt-get install -y chromium chromium-driver' (needs "
          + CHROMIUM + " and " + CHROMEDRIVER + ")");
    }
    io.attnlift.common.AtomicOutput.deleteRecursively(root);
    new FixtureRun(root, "r0").previous().build();
    new FixtureRun(root, "r1").build();
    ReportRunner r = new ReportRunner();
    assertEquals(0, r.run(root, "r1"), r.err.toString());
    report = Path.of(r.out.toString().trim());
    driver = start();
    driver.get(report.toUri().toString());
    console = driver.manage().logs().get(LogType.BROWSER).getAll();
    network = driver.manage().logs().get(LogType.PERFORMANCE).getAll();
  }

  private static ChromeDriver start() throws Exception {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    profile = Files.createTempDirectory("attnlift-chromium-profile");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(60))
        .build();
    return new ChromeDriver(service, o);
  }

  @AfterAll
  static void close() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      io.attnlift.common.AtomicOutput.deleteRecursively(profile);
    }
  }

  private static String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  @Test
  void rendersWithoutConsoleErrorsOrNetworkRequests() {
    List<LogEntry> severe = console.stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .collect(Collectors.toList());
    assertTrue(severe.isEmpty(), "console: " + severe);
    assertTrue(network.stream().anyMatch(e -> e.getMessage().contains(report.toUri().toString())),
        "the performance log records the report's own load");
    for (LogEntry e : network) {
      JsonNode msg = parse(e.getMessage()).path("message");
      if (msg.path("method").asText().equals("Network.requestWillBeSent")) {
        String url = msg.path("params").path("request").path("url").asText();
        assertFalse(url.startsWith("http:") || url.startsWith("https:"), "requested " + url);
      }
    }
  }

  @Test
  void headlineShowsTheRunNumbersAndEachVariantsVerdict() {
    String h = text("headline");
    for (String s : List.of("r1", "2026-11-01", "2026-11-22", "12", "20", "345", "30.0%",
        "0.905", "0.952", "0.810", "occlusion")) {
      assertTrue(h.contains(s), "headline lacks " + s + ": " + h);
    }
    assertTrue(text("verdict-no-funnel").startsWith("Honest model (no-funnel): Test AUC 0.905"),
        text("verdict-no-funnel"));
    assertTrue(text("verdict-funnel-removed").contains("leaks: test AUC 0.931"),
        text("verdict-funnel-removed"));
    assertTrue(text("verdict-with-funnel").contains("it sees the funnel events"),
        text("verdict-with-funnel"));
  }

  @Test
  void everySectionIsPresentWithNumbersFromTheRun() {
    Map<String, List<String>> expected = Map.of(
        "model", List.of("ROC", "Calibration", "0.905", "0.952", "0.5123"),
        "drivers", List.of("store_page_load", "+0.0246", "Event types", "Discovery features",
            "Store tags", "Store categories", "Core Search"),
        "stores", List.of("Sushi Zen", "Café Ünïcode", "+0.0150", "[0.0110, 0.0190]"),
        "position", List.of("events 1-5", "early", "+0.0180", "50.0%"),
        "insights", List.of("attention_lift = +0.0123", "[0.0093, 0.0153]"),
        "trust", List.of("Attention is not causation", "occlusion", "0.0710", "0.910",
            "Ground-truth check", "Discovery features", "0.640", "80.0%"),
        "change", List.of("r0", "0.880", "+0.025", "search_submit", "legacy_banner_click"),
        "quality", List.of("missing_session_id", "bad_timestamp", "empty_after_filter", "0.6%",
            "9.1%"));
    expected.forEach((id, needles) -> {
      WebElement section = driver.findElement(By.id(id));
      assertTrue(section.isDisplayed(), id);
      String t = section.getText();
      for (String n : needles) {
        assertTrue(t.contains(n), "section " + id + " lacks '" + n + "'");
      }
    });
    assertTrue(driver.findElements(By.cssSelector("svg.chart")).size() >= 10, "charts");
  }

  @Test
  void hostileStoreNameIsShownAsTextAndRunsNothing() {
    List<WebElement> cells = driver.findElements(By.cssSelector("#stores td"));
    assertTrue(cells.stream().anyMatch(c -> c.getText().equals(FixtureRun.SCRIPT_STORE)),
        "the store name appears verbatim in the leaderboard");
    assertTrue(cells.stream().anyMatch(c -> c.getText().equals(FixtureRun.QUOTED_STORE)));
    assertEquals(0, driver.findElements(By.tagName("script")).size(), "no script element");
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
  }

  @Test
  void savesAFullPageScreenshotAndPrints() throws Exception {
    driver.manage().window().setSize(new Dimension(1400, 900));
    Object height = driver.executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1400, ((Number) height).intValue() + 40));
    Path shot = Path.of("target", "report-screenshot.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    assertTrue(Files.size(shot) > 50_000, "screenshot size " + Files.size(shot));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    Files.write(Path.of("target", "report-print-screenshot.png"),
        driver.getScreenshotAs(OutputType.BYTES));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
        Map.of("printBackground", true));
    byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
    Files.write(Path.of("target", "report-print.pdf"), bytes);
    assertTrue(new String(bytes, 0, 5, "US-ASCII").startsWith("%PDF"));
  }

  private static JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
