package nl.wams.inzage.e2e;

import static io.restassured.RestAssured.given;
import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The residents' pages end to end in a real headless Chromium (the system's, driven by Playwright),
 * against the real onderzoek, coordinatie, casusoverleg and gateway with its Logboek: a resident
 * logs in at Keycloak, sees their procedure with a withheld item shown only by its ground, sees the
 * Logboek entry of a caseworker's earlier read, files a complaint and sees its status; a second
 * resident reaches neither the pages nor the API resources of the first; axe-core finds no serious
 * or critical violation on any page. Screenshots: see {@link #SCREENSHOTS}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = EchteSuite.class, restrictToAnnotatedClass = true)
class InzageBrowserTest {

  static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("WAMS_CHROMIUM", "/usr/bin/chromium"));

  /**
   * Where the screenshots go: target/ by default, so that a test run leaves the tree clean; refresh
   * the committed ones with WAMS_INZAGE_SCREENSHOTS=../../docs/inzage.
   */
  static final Path SCREENSHOTS =
      Path.of(System.getenv().getOrDefault("WAMS_INZAGE_SCREENSHOTS", "target/screenshots"));

  static final String GEHEIM = "Zorgen over huiselijk geweld door de ex-partner";
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void browserAanwezig() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "No Chromium at " + CHROMIUM + ": install it (apt-get install chromium, as .ci/run does).");
  }

  static RequestSpecification viaGateway(String token, String doel) {
    return given()
        .baseUri(EchteSuite.gateway())
        .contentType(ContentType.JSON)
        .header("Wams-Verwerkingsactiviteit", doel)
        .auth()
        .oauth2(token);
  }

  /** A procedure about this BSN as the onderzoeker builds it, with one problem withheld. */
  static String procedure(String bsn) {
    String onderzoeker = Tokens.accessToken("onderzoeker-ams");
    ExtractableResponse<Response> p =
        viaGateway(onderzoeker, "wams-onderzoek")
            .body(
                Map.of(
                    "gemeentecode", "0363",
                    "ingang", Map.of("soort", "HULPVRAAG"),
                    "betrokkene", Map.of("bsn", bsn)))
            .post("/onderzoek/v1/procedures")
            .then()
            .statusCode(201)
            .extract();
    String uuid = p.path("uuid");
    p =
        wijzig(
            onderzoeker,
            p,
            "PUT",
            "/reikwijdte",
            Map.of("leefgebieden", List.of("FINANCIEN", "VEILIGHEID")));
    p =
        wijzig(
            onderzoeker,
            p,
            "POST",
            "/problemen",
            Map.of("leefgebied", "VEILIGHEID", "domein", "VEILIGHEID", "omschrijving", GEHEIM));
    p =
        wijzig(
            onderzoeker,
            p,
            "POST",
            "/problemen",
            Map.of(
                "leefgebied",
                "FINANCIEN",
                "domein",
                "WGS",
                "omschrijving",
                "Schulden bij de energieleverancier"));
    p =
        wijzig(
            onderzoeker,
            p,
            "POST",
            "/gegevensverzoeken",
            Map.of(
                "partij", "Woonstichting De Linde",
                "doel", "Huurachterstand vaststellen",
                "categorieen", List.of("wonen", "financieel"),
                "grondslag", "Wams",
                "uiterlijkOp", LocalDate.now().plusDays(14).toString()));
    String geheim = p.path("problemen[0].id");
    wijzig(
        onderzoeker,
        p,
        "PUT",
        "/inzage-beperkingen/" + geheim,
        Map.of("grond", "BESCHERMING_DERDE", "reden", "Veiligheid van de melder."));
    // The caseworker's read that the resident will find in the Logboek.
    viaGateway(onderzoeker, "wams-onderzoek")
        .get("/onderzoek/v1/procedures/" + uuid)
        .then()
        .statusCode(200);
    return uuid;
  }

  static ExtractableResponse<Response> wijzig(
      String token, ExtractableResponse<Response> p, String methode, String pad, Object body) {
    return viaGateway(token, "wams-onderzoek")
        .header("If-Match", p.header("ETag"))
        .body(body)
        .request(methode, "/onderzoek/v1/procedures/" + p.path("uuid") + pad)
        .then()
        .statusCode(200)
        .extract();
  }

  @Test
  void aResidentSeesTheirDossierTheirLogboekAndFilesAComplaint() throws IOException {
    String bsn = nieuwBsn();
    String gebruiker = "inwoner-e2e-" + bsn;
    Tokens.accessToken(gebruiker, "inwoner", Map.of("bsn", bsn));
    String uuid = procedure(bsn);
    Files.createDirectories(SCREENSHOTS);
    String inzage = EchteSuite.adres("inzage");

    try (Playwright playwright = playwright();
        Browser browser = chromium(playwright);
        BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.navigate(inzage + "/mijn");
      logIn(page, gebruiker);
      assertThat(page.url()).startsWith(inzage + "/mijn");
      assertThat(page.locator("h1").textContent()).isEqualTo("Mijn Wams-dossier");
      assertThat(page.locator("a[href='/mijn/dossiers/" + uuid + "']").count()).isEqualTo(1);
      geenErnstigeToegankelijkheidsfouten(page);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve("overzicht.png"))
              .setFullPage(true));

      page.click("a[href='/mijn/dossiers/" + uuid + "']");
      String dossier = page.locator("main").textContent();
      assertThat(dossier)
          .contains("Onderzoek loopt")
          .contains("Geld en schulden")
          .contains("Schulden bij de energieleverancier")
          .contains("Woonstichting De Linde")
          .contains("Een probleem is afgeschermd om een ander te beschermen")
          .doesNotContain(GEHEIM)
          .doesNotContain("Veiligheid van de melder");
      assertThat(page.locator("script").count()).isZero();
      geenErnstigeToegankelijkheidsfouten(page);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve("dossier.png"))
              .setFullPage(true));

      page.navigate(inzage + "/mijn/verwerkingen");
      String logboek = page.locator("main").textContent();
      assertThat(logboek).contains("Onderzoek naar meervoudige problematiek");
      geenErnstigeToegankelijkheidsfouten(page);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve("verwerkingen.png"))
              .setFullPage(true));

      page.navigate(inzage + "/mijn/klachten");
      page.selectOption("#aard", "GEGEVENSDELING");
      page.fill(
          "#omschrijving", "Ik wist niet dat de woningcorporatie om mijn gegevens werd gevraagd.");
      page.check("#indiener-familielid");
      page.fill("#familielid", "Anna, dochter");
      page.click("button[type=submit]");
      assertThat(page.locator("[role=status]").textContent()).containsPattern("KL-\\d{4}-\\d{6}");
      assertThat(page.locator("table").textContent())
          .contains("Het delen van mijn gegevens")
          .contains("Ontvangen");
      geenErnstigeToegankelijkheidsfouten(page);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve("klachten.png"))
              .setFullPage(true));

      page.navigate(inzage + "/mijn/verzoeken");
      geenErnstigeToegankelijkheidsfouten(page);
    }

    // The second resident: neither the page nor the API resources of the first.
    String eigenKlacht =
        viaGateway(Tokens.accessToken(gebruiker), "inzage-inwoner")
            .get("/inzage/v1/klachten")
            .then()
            .statusCode(200)
            .extract()
            .path("results[0].uuid");
    String tweede = Tokens.accessToken("inwoner-2");
    for (String pad :
        List.of("/inzage/v1/dossiers/" + uuid, "/inzage/v1/klachten/" + eigenKlacht)) {
      String body =
          viaGateway(tweede, "inzage-inwoner").get(pad).then().statusCode(404).extract().asString();
      assertThat(body).doesNotContain(bsn).doesNotContain("Schulden").doesNotContain("Anna");
    }
    viaGateway(tweede, "inzage-inwoner")
        .get("/onderzoek/v1/procedures/" + uuid)
        .then()
        .statusCode(403);
    try (Playwright playwright = playwright();
        Browser browser = chromium(playwright);
        BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.navigate(inzage + "/mijn/dossiers/" + uuid);
      logIn(page, "inwoner-2");
      assertThat(page.locator("h1").textContent()).isEqualTo("Niet gevonden");
      assertThat(page.content()).doesNotContain("Schulden").doesNotContain(bsn);
    }
  }

  private static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  private static Browser chromium(Playwright playwright) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox")));
  }

  /** Keycloak's login form (in production DigiD, brokered by Keycloak). */
  private static void logIn(Page page, String gebruiker) {
    page.waitForSelector("#username");
    page.fill("#username", gebruiker);
    page.fill("#password", gebruiker);
    page.click("#kc-login");
    page.waitForLoadState();
  }

  /** axe-core in the page: no violation with impact serious or critical. */
  private static void geenErnstigeToegankelijkheidsfouten(Page page) throws IOException {
    String axe;
    try (var in = InzageBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
    String resultaat =
        (String)
            page.evaluate(
                "async () => JSON.stringify((await axe.run(document, {runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa']})).violations)");
    JsonNode violations = JSON.readTree(resultaat);
    List<String> ernstig = new ArrayList<>();
    for (JsonNode v : violations) {
      String impact = v.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        ernstig.add(
            v.path("id").asText()
                + " ("
                + impact
                + "): "
                + v.path("nodes").size()
                + " x, e.g. "
                + v.path("nodes").path(0).path("html").asText());
      }
    }
    assertThat(ernstig).as("axe on " + page.url()).isEmpty();
  }
}
