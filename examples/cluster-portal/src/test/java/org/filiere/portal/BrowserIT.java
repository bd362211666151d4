package org.filiere.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser (Debian's Chromium, headless): a representative registers a colleague and gets the
 * confirmation and the calendar link, staff see the registration and record attendance, another member's
 * representative is refused; a representative edits the member's watch profile and signs the charter, staff open the
 * activity report; the main pages, the watch and the charter pages pass axe-core's accessibility rules without a
 * serious or critical violation. Screenshots go to target/screenshots.
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));
    private static final Path AXE = Path.of(System.getProperty("portal.axe", "target/axe/package/axe.min.js"));

    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException, InterruptedException {
        Portal.awaitStarted();
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println("BROWSER TESTS NOT RUN: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get "
                    + "install --no-install-recommends chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "Chromium and its driver are not installed: " + CHROMIUM + ", "
                + CHROMEDRIVER);
        profile = Files.createTempDirectory("portal-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aRepresentativeRegistersAColleagueAndStaffRecordAttendance() throws IOException {
        signIn("anne", "member-demo");
        String annesPage = browser.getCurrentUrl();
        assertThat(annesPage).contains("/member/");
        open("/training");
        follow(By.cssSelector("tbody tr a"));
        String sessionPage = browser.getCurrentUrl();
        String colleague = "Bastien Marchand " + Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase();
        browser.findElement(By.id("name")).sendKeys(colleague);
        browser.findElement(By.id("email")).sendKeys("bastien.marchand." + System.currentTimeMillis()
                + "@alpes.example");
        follow(By.cssSelector("form[action='/member/registrations'] button"));
        assertThat(browser.findElement(By.id("confirmation")).getText()).contains(colleague + " is confirmed");
        WebElement ics = browser.findElement(By.id("ics"));
        assertThat(ics.getAttribute("href")).endsWith("/calendar.ics");
        screenshot("registered");
        String sessionId = sessionPage.substring(sessionPage.lastIndexOf('/') + 1);
        signOut();

        signIn("paul", "member-demo");
        open(annesPage.substring(annesPage.indexOf("/member/")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("403");
        assertThat(browser.getPageSource()).doesNotContain(colleague);
        screenshot("refused");
        signOut();

        signIn("claire", "staff-demo");
        open("/staff/sessions/" + sessionId);
        assertThat(browser.findElement(By.tagName("table")).getText()).contains(colleague);
        screenshot("staff-session");
        open("/staff");
        List<WebElement> held = browser.findElements(By.xpath("//tr[td[contains(., 'HELD')]]//a"));
        assertThat(held).isNotEmpty();
        follow(held.get(0));
        WebElement select = browser.findElement(By.cssSelector("select[name^='attendance-']"));
        String name = select.getAttribute("name");
        new org.openqa.selenium.support.ui.Select(select).selectByValue("ABSENT");
        follow(By.xpath("//button[.='Record attendance']"));
        assertThat(browser.findElement(By.cssSelector("select[name='" + name + "']")).getAttribute("value"))
                .isEqualTo("ABSENT");
        screenshot("attendance");
        signOut();
    }

    @Test
    void aRepresentativeSeesTheWatchAndTheCharterAndStaffTheReport() throws IOException {
        signIn("anne", "member-demo");
        String annesPage = browser.getCurrentUrl();
        follow(By.linkText("Market watch: profile and digests"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Market watch of");
        assertThat(browser.findElements(By.cssSelector("section.digest tbody tr"))).isNotEmpty();
        WebElement keywords = browser.findElement(By.id("keywords"));
        keywords.clear();
        keywords.sendKeys("cybersécurité, logiciel, infogérance");
        follow(By.xpath("//button[.='Save the watch profile']"));
        assertThat(browser.findElement(By.id("keywords")).getAttribute("value"))
                .isEqualTo("cybersécurité, logiciel, infogérance");
        screenshot("watch");
        open(annesPage.substring(annesPage.indexOf("/member/")));
        follow(By.linkText("Charter signature"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Charter signature of");
        if (!browser.findElements(By.id("revoke")).isEmpty()) {
            browser.findElement(By.id("reason")).sendKeys("Changement de dirigeant");
            follow(By.xpath("//button[.='Withdraw the signature']"));
        }
        browser.findElement(By.id("role")).sendKeys("Directrice générale");
        follow(By.cssSelector("#sign button"));
        String code = browser.findElement(By.cssSelector("#certificate code")).getText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-.");
        screenshot("charter-signed");
        signOut();

        signIn("claire", "staff-demo");
        follow(By.partialLinkText("Activity report"));
        assertThat(browser.getPageSource()).contains("Numérique Isère");
        screenshot("activity-report");
        signOut();
    }

    @Test
    void theMainPagesHaveNoSeriousAccessibilityViolation() throws IOException {
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        for (String page : List.of("/", "/members", "/training", "/events", "/charter", "/login")) {
            open(page);
            assertThat(seriousViolations(axe)).as("axe-core on " + page).isEmpty();
        }
        signIn("anne", "member-demo");
        assertThat(seriousViolations(axe)).as("axe-core on the member's page").isEmpty();
        String annes = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/member/"));
        for (String page : List.of(annes + "/watch", annes + "/charter")) {
            open(page);
            assertThat(seriousViolations(axe)).as("axe-core on " + page).isEmpty();
        }
        signOut();
        signIn("claire", "staff-demo");
        assertThat(seriousViolations(axe)).as("axe-core on the staff's page").isEmpty();
        open("/staff/report");
        assertThat(seriousViolations(axe)).as("axe-core on the activity report").isEmpty();
        signOut();
    }

    @SuppressWarnings("unchecked")
    private static List<String> seriousViolations(String axe) {
        JavascriptExecutor js = browser;
        js.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " nodes: v.nodes.length}))));");
        return ((List<Map<String, Object>>) result).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + " elements)").toList();
    }

    /** Clicks what leads to another page (a link, a form's button) and waits until that page has replaced this one. */
    private static void follow(By target) {
        follow(browser.findElement(target));
    }

    /**
     * Marks the page's window before the click and waits for a loaded page without the mark. While the browser swaps
     * the documents, the driver can answer with errors other than a stale element's ("node does not belong to the
     * document"); those are ignored until the wait ends.
     */
    private static void follow(WebElement target) {
        browser.executeScript("window.filiereLeftBehind = true;");
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return window.filiereLeftBehind === undefined && document.readyState === 'complete';")));
    }

    /**
     * Signs in through the login form, after signing out whoever a failed test left signed in, and waits for the
     * page the portal sends the person to.
     */
    private static void signIn(String user, String password) {
        open("/logout");
        open("/account");
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        follow(By.cssSelector("form button"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.or(
                ExpectedConditions.urlContains("/member/"), ExpectedConditions.urlContains("/staff")));
    }

    private static void signOut() {
        open("/logout");
    }

    private static void open(String path) {
        browser.get(Portal.URL + path);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
