package nl.wams.verslag.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real headless Chromium (the system's, driven by Playwright; no browser is
 * downloaded): the page renders for a beleid user's token, shows the key figures and draws the
 * charts, with the suppressed cells marked and without their numbers.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(EchtCasusoverleg.class)
class DashboardBrowserTest {

  /** Where Debian's chromium package puts the browser; WAMS_CHROMIUM overrides it. */
  static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("WAMS_CHROMIUM", "/usr/bin/chromium"));

  @TestHTTPResource("/verslag/v1/dashboard?van=2026-01-01&tot=2026-12-31")
  URL dashboard;

  @BeforeAll
  static void browserAanwezig() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "No Chromium at "
            + CHROMIUM
            + ": install it (apt-get install chromium, as .ci/run does)"
            + " or point WAMS_CHROMIUM at one. The dashboard browser test is skipped.");
  }

  @Test
  void theDashboardRendersChartsWithSuppressedCellsMarked() {
    IndicatorenApiTest.voed();
    try (Playwright playwright =
            Playwright.create(
                new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser =
            playwright
                .chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(java.util.List.of("--no-sandbox")));
        BrowserContext context =
            browser.newContext(
                new Browser.NewContextOptions()
                    .setExtraHTTPHeaders(
                        Map.of("Authorization", "Bearer " + IndicatorenApiTest.beleidToken())))) {
      Page page = context.newPage();
      var antwoord = page.navigate(dashboard.toString());
      assertThat(antwoord.status()).isEqualTo(200);
      assertThat(page.title()).isEqualTo("Wams-indicatoren 9901");

      Locator gestart = page.locator("[data-kengetal='Procedures gestart'] .waarde");
      assertThat(gestart.textContent().trim()).isEqualTo("15");

      Locator ingang = page.locator("#grafiek-ingang svg");
      BoundingBox vlak = ingang.boundingBox();
      assertThat(vlak.width).isGreaterThan(100);
      assertThat(vlak.height).isGreaterThan(40);
      assertThat(ingang.locator("g.staaf").count()).isEqualTo(3);
      Locator hulpvraag = ingang.locator("g.staaf[data-categorie='HULPVRAAG'] rect");
      assertThat(hulpvraag.boundingBox().width).isGreaterThan(100);
      Locator melding = ingang.locator("g.staaf[data-categorie='MELDING']");
      assertThat(melding.getAttribute("data-onderdrukt")).isEqualTo("true");
      assertThat(melding.textContent()).contains("onderdrukt").doesNotContain("2");

      // No JavaScript needed, and the page shows no suppressed number anywhere.
      assertThat(page.locator("script").count()).isZero();
      assertThat(page.locator("#grafiek-klachten").textContent()).contains("onderdrukt");
    }
  }
}
