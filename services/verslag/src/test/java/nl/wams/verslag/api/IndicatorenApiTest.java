package nl.wams.verslag.api;

import static nl.wams.verslag.api.Api.als;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The indicators of a municipality of their own (9901), fed through the event endpoint as the other
 * services would, read by a beleid user as JSON and CSV: counted, lead times computed, small cells
 * suppressed and protected against recovery from the total.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(EchtCasusoverleg.class)
class IndicatorenApiTest {

  static final String GEMEENTE = "9901";
  static final String BELEID = "beleid-9901";
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  static String beleidToken() {
    return Tokens.accessToken(BELEID, "beleid", Map.of("gemeente", GEMEENTE));
  }

  /** A fixed id per event, so that feeding again (every test does) changes nothing. */
  private static String vast(String naam) {
    return UUID.nameUUIDFromBytes(("indicatoren-test-" + naam).getBytes()).toString();
  }

  /**
   * 15 procedures (7 hulpvraag, 6 verzoek, 2 melding), 6 of them ended, 2 complaints. Idempotent:
   * the same events again are recognised by the inbox.
   */
  @BeforeEach
  void voedLeesmodel() {
    voed();
  }

  static void voed() {
    List<String> ingangen =
        List.of(
            "HULPVRAAG",
            "HULPVRAAG",
            "HULPVRAAG",
            "HULPVRAAG",
            "HULPVRAAG",
            "HULPVRAAG",
            "HULPVRAAG",
            "VERZOEK",
            "VERZOEK",
            "VERZOEK",
            "VERZOEK",
            "VERZOEK",
            "VERZOEK",
            "MELDING",
            "MELDING");
    for (int i = 0; i < ingangen.size(); i++) {
      String procedure = "http://onderzoek.test/onderzoek/v1/procedures/" + vast("p" + i);
      String id = vast("gestart" + i);
      Map<String, Object> gestart =
          Map.of(
              "gemeentecode",
              GEMEENTE,
              "ingang",
              ingangen.get(i),
              "herhaaldOnderzoek",
              i == 14,
              "gestartOp",
              START.toString());
      Gebeurtenissen.lever(id, "nl.wams.onderzoek.procedure-gestart", procedure, gestart);
      // A redelivery is acknowledged and not counted twice.
      Gebeurtenissen.lever(id, "nl.wams.onderzoek.procedure-gestart", procedure, gestart);
      if (i < 6) {
        Gebeurtenissen.lever(
            vast("conclusie" + i),
            "nl.wams.onderzoek.conclusie-vastgesteld",
            procedure,
            Map.of(
                "gemeentecode",
                GEMEENTE,
                "uitkomst",
                "ENKELVOUDIG",
                "gestartOp",
                START.toString(),
                "vastgesteldOp",
                START.plus(10L * (i + 1), ChronoUnit.DAYS).toString(),
                "clientondersteuningAangeboden",
                true,
                "clientondersteuningGebruikt",
                i < 5,
                "domeinen",
                List.of("WMO", "WONEN")));
      }
    }
    for (int i = 0; i < 2; i++) {
      Gebeurtenissen.lever(
          vast("klacht" + i),
          "nl.wams.inzage.klacht-ingediend",
          "http://inzage.test/inzage/v1/klachten/" + vast("k" + i),
          Map.of("gemeente", GEMEENTE, "aard", "BEJEGENING", "ingediendOp", START.toString()));
    }
  }

  private static JsonPath indicatoren() {
    return RestAssured.given()
        .filter(ContractValidation.contract())
        .basePath(Api.BASE)
        .auth()
        .oauth2(beleidToken())
        .queryParam("van", "2026-01-01")
        .queryParam("tot", "2026-12-31")
        .get("/indicatoren")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> cel(JsonPath json, String indicator, String categorie) {
    return json.getList("cellen", Map.class).stream()
        .filter(c -> indicator.equals(c.get("indicator")) && categorie.equals(c.get("categorie")))
        .findFirst()
        .map(c -> (Map<String, Object>) c)
        .orElseThrow(() -> new AssertionError("no cell " + indicator + "/" + categorie));
  }

  private static Number waarde(JsonPath json, String indicator, String categorie) {
    return (Number) cel(json, indicator, categorie).get("waarde");
  }

  private static boolean onderdrukt(JsonPath json, String indicator, String categorie) {
    return (Boolean) cel(json, indicator, categorie).get("onderdrukt");
  }

  @Test
  void countsLeadTimesAndSuppressionAsJson() {
    JsonPath json = indicatoren();
    assertThat(json.getInt("minCelgrootte")).isEqualTo(5);
    assertThat(waarde(json, "procedures-gestart", "totaal").intValue()).isEqualTo(15);
    assertThat(waarde(json, "ingang", "HULPVRAAG").intValue()).isEqualTo(7);
    // MELDING (2) is small; VERZOEK (6) is suppressed too, or 15 - 7 - 6 would give MELDING back.
    assertThat(onderdrukt(json, "ingang", "MELDING")).isTrue();
    assertThat(onderdrukt(json, "ingang", "VERZOEK")).isTrue();
    assertThat(cel(json, "ingang", "MELDING")).doesNotContainKey("waarde");
    assertThat(waarde(json, "procedures-beeindigd", "totaal").intValue()).isEqualTo(6);
    // Ended after 10, 20, ..., 60 days.
    assertThat(waarde(json, "doorlooptijd-gemiddeld-dagen", "totaal").doubleValue())
        .isEqualTo(35.0);
    assertThat(waarde(json, "doorlooptijd-mediaan-dagen", "totaal").doubleValue()).isEqualTo(35.0);
    assertThat(waarde(json, "einde-reden", "ENKELVOUDIG").intValue()).isEqualTo(6);
    assertThat(waarde(json, "domeinen-onderzoek", "WMO").intValue()).isEqualTo(6);
    assertThat(waarde(json, "clientondersteuning", "aangeboden").intValue()).isEqualTo(6);
    assertThat(waarde(json, "clientondersteuning", "gebruikt").intValue()).isEqualTo(5);
    assertThat(onderdrukt(json, "herhaalde-onderzoeken", "totaal")).isTrue();
    assertThat(onderdrukt(json, "klachten", "totaal")).isTrue();
    assertThat(onderdrukt(json, "klachten", "BEJEGENING")).isTrue();
  }

  @Test
  void theCsvCarriesTheSameSuppressedCells() {
    String csv =
        RestAssured.given()
            .filter(ContractValidation.contract())
            .basePath(Api.BASE)
            .auth()
            .oauth2(beleidToken())
            .accept("text/csv")
            .queryParam("van", "2026-01-01")
            .queryParam("tot", "2026-12-31")
            .get("/indicatoren")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    List<String> regels = List.of(csv.split("\r\n"));
    assertThat(regels.getFirst())
        .isEqualTo("gemeentecode,van,tot,indicator,categorie,waarde,onderdrukt");
    assertThat(regels)
        .contains(
            "9901,2026-01-01,2026-12-31,procedures-gestart,totaal,15,false",
            "9901,2026-01-01,2026-12-31,ingang,HULPVRAAG,7,false",
            "9901,2026-01-01,2026-12-31,ingang,VERZOEK,,true",
            "9901,2026-01-01,2026-12-31,ingang,MELDING,,true");
    assertThat(csv).doesNotContain("procedures/");
  }

  @Test
  void onlyBeleidOfTheSameMunicipality() {
    als(Api.ONDERZOEKER).get("/indicatoren").then().statusCode(403);
    RestAssured.given()
        .filter(ContractValidation.contract())
        .basePath(Api.BASE)
        .auth()
        .oauth2(beleidToken())
        .queryParam("gemeentecode", "0363")
        .get("/indicatoren")
        .then()
        .statusCode(403);
    List<String> namen =
        RestAssured.given()
            .filter(ContractValidation.contract())
            .basePath(Api.BASE)
            .auth()
            .oauth2(beleidToken())
            .queryParam("van", "2026-06-01")
            .queryParam("tot", "2026-05-01")
            .get("/indicatoren")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getList("invalidParams.name");
    assertThat(namen).containsExactly("tot");
    // Events only from the services' own account.
    RestAssured.given()
        .filter(ContractValidation.contract())
        .basePath(Api.BASE)
        .contentType("application/cloudevents+json")
        .auth()
        .oauth2(Tokens.accessToken(Api.ONDERZOEKER))
        .body(Map.of("specversion", "1.0", "id", "x", "source", "s", "type", "t"))
        .post("/gebeurtenissen")
        .then()
        .statusCode(403);
  }
}
