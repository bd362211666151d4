package org.filiere.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report opened in a real browser (Debian's headless Chromium, driven by Selenium): the charts are drawn,
 * each an SVG with a size on the page, and a screenshot is kept in {@code target/report-in-chromium.png}. Where no
 * Chromium is installed the test says so and is skipped.
 */
class ReportInBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    Path profile;

    @Test
    void shouldDrawEveryChartWithASizeInChromium() throws Exception {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed) {
            System.out.println("ReportInBrowserTest SKIPPED: no " + CHROMIUM + " or " + CHROMEDRIVER
                    + " (apt-get install --no-install-recommends chromium chromium-driver)");
        }
        assumeTrue(installed, "Chromium and its driver are not installed at " + CHROMIUM + " and " + CHROMEDRIVER);
        Path page = Path.of("target", "browser", "report.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Files.writeString(page, new HtmlReport("Numérique Isère").render(ReportFixtures.a2025Report(Locale.FRENCH)),
                StandardCharsets.UTF_8);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,2400");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            browser.get(page.toUri().toString());

            assertThat(browser.getTitle()).isEqualTo("Rapport d'activité — Numérique Isère");
            List<WebElement> charts = browser.findElements(By.cssSelector("div.chart > svg"));
            assertThat(charts).hasSize(browser.findElements(By.cssSelector("div.chart")).size()).hasSize(5);
            for (WebElement chart : charts) {
                Rectangle box = chart.getRect();
                assertThat(box.getWidth()).as("width of %s", chart.getAttribute("id")).isGreaterThan(300);
                assertThat(box.getHeight()).as("height of %s", chart.getAttribute("id")).isGreaterThan(80);
                assertThat(chart.findElements(By.cssSelector("rect, path")).size()).isGreaterThan(3);
                assertThat(chart.isDisplayed()).isTrue();
            }
            assertThat(browser.findElement(By.cssSelector("#indicators")).isDisplayed()).isTrue();
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Path kept = Path.of("target", "report-in-chromium.png");
            Files.copy(shot.toPath(), kept, StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(kept)).isGreaterThan(10_000);
            System.out.println("ReportInBrowserTest: screenshot of the report in Chromium at " + kept.toAbsolutePath());
        } finally {
            browser.quit();
        }
    }
}
