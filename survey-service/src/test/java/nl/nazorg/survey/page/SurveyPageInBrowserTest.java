package nl.nazorg.survey.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.events.Topics;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.survey.support.Links;
import nl.nazorg.survey.support.TopicRecords;

/**
 * A client fills in the satisfaction survey in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; nothing is downloaded). Runs when both are installed; otherwise it is skipped and says so.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "survey"))
class SurveyPageInBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("nazorg.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("nazorg.chromedriver", "/usr/bin/chromedriver"));

    @TestHTTPResource("/")
    URL base;

    @Test
    void aClientFillsInTheSurveyWithKeyboardAndMouseOnAPhoneSizedScreen() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "SKIPPED: no Chromium found at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver); the browser test did not run");
        String tenant = Links.tenant();
        String client = "browser-" + tenant;
        String url = new URL(base, "s/" + Links.valid(tenant, client, "client-satisfaction", "campaign-b")).toString();

        WebDriver browser = start();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(url);
            assertThat(browser.getTitle()).contains("Klanttevredenheid");
            JavascriptExecutor page = (JavascriptExecutor) browser;
            assertThat((Boolean) page.executeScript("return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth")).as("no sideways scrolling on a phone").isTrue();
            assertThat((Long) page.executeScript("return Array.from(document.querySelectorAll("
                    + "'input:not([type=hidden]), textarea')).filter(e => e.labels.length === 0).length"))
                    .as("every field has a label").isZero();

            // Submitting too early: the message is next to the question and the summary links to it.
            browser.findElement(By.id("submit")).click();
            assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Beantwoord deze vraag.");
            assertThat(browser.findElement(By.id("q-nps-error")).getText()).endsWith("Beantwoord deze vraag.");

            // Keyboard: focus the 9 and select it with the space bar; the mouse for the rest.
            WebElement nine = browser.findElement(By.id("q-nps-9"));
            nine.sendKeys(Keys.SPACE);
            assertThat(nine.isSelected()).isTrue();
            browser.findElement(By.cssSelector("label[for='q-survey-experience-EASY']")).click();
            browser.findElement(By.id("q-nps-reason")).sendKeys("Altijd snel antwoord");
            browser.findElement(By.id("q-aftercare-rating")).sendKeys("8,5");
            browser.findElement(By.id("submit")).click();

            assertThat(browser.findElement(By.id("heading")).getText()).isEqualTo("Hartelijk dank!");
            browser.navigate().back();
            browser.navigate().refresh();
            assertThat(browser.findElement(By.tagName("h1")).getText()).isIn("Al beantwoord", "Hartelijk dank!");
        } finally {
            browser.quit();
        }
        assertThat(TopicRecords.awaitFor(Topics.SURVEY_RESPONSES, client, 1)).hasSize(1);
    }

    private static WebDriver start() throws Exception {
        Path profile = Files.createDirectories(Path.of("target", "chromium-profile")).toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--lang=nl-NL", "--user-data-dir=" + Files.createTempDirectory(profile, "run")));
        // A Dutch client's browser: the page follows Accept-Language.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(Path.of("target", "chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
