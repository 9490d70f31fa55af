package nl.wams.verslag.api;

import static io.restassured.RestAssured.given;
import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static nl.wams.verslag.api.Api.CORPORATIE;
import static nl.wams.verslag.api.Api.FG;
import static nl.wams.verslag.api.Api.GGZ;
import static nl.wams.verslag.api.Api.ONDERZOEKER;
import static nl.wams.verslag.api.Api.PARTNER_GGZ;
import static nl.wams.verslag.api.Api.UWV;
import static nl.wams.verslag.api.Api.als;
import static nl.wams.verslag.api.Procedures.onderzoek;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The accountability report of a procedure, from the real onderzoek (gegevensverzoeken) and the
 * real casusoverleg (inbreng, further processing) plus verslag's own distributions, read by the FG
 * with a real Keycloak token: who, when, why, which categories and the outcome - never the content.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(EchtCasusoverleg.class)
class VerantwoordingApiTest {

  private static final String AUDITOR = "auditor";
  private static final String VERSTREKT = "Behandeling bij GGZ sinds maart, diagnose depressie.";
  private static final String WEIGERING = "Medisch beroepsgeheim; geen toestemming van de cliënt.";
  private static final String INHOUD = "Cliënt heeft een schuld van 12.000 euro bij de corporatie.";
  private static final String MOTIVERING = "Nodig om de betalingsregeling te herzien voor cliënt.";
  private static final String CLIENT_NAAM = "Jan de Vries";
  private static final String EIGEN_TAAK = "Re-integratie (Participatiewet)";

  /** A procedure with a provided and a refused gegevensverzoek; its uuid, url and BSN. */
  private record Procedure(String uuid, String url, String bsn) {}

  private static Procedure procedureMetGegevensverzoeken() {
    String bsn = nieuwBsn();
    ExtractableResponse<Response> dossier =
        onderzoek(ONDERZOEKER)
            .body(
                Map.of(
                    "gemeentecode",
                    "0363",
                    "ingang",
                    Map.of(
                        "soort",
                        "HULPVRAAG",
                        "aanmelding",
                        "http://localhost:8081/meldpunt/v1/aanmeldingen/" + UUID.randomUUID()),
                    "betrokkene",
                    Map.of("bsn", bsn)))
            .post("/procedures")
            .then()
            .statusCode(201)
            .extract();
    String uuid = dossier.path("uuid");
    dossier =
        wijzig(
            dossier,
            "POST",
            "/gegevensverzoeken",
            gegevensverzoek(GGZ, "Weten of er een lopende behandeling is", "gezondheid"));
    dossier =
        wijzig(
            dossier,
            "POST",
            "/gegevensverzoeken",
            gegevensverzoek(CORPORATIE, "De hoogte van de huurachterstand", "financieel"));
    dossier =
        wijzig(
            dossier,
            "PUT",
            "/gegevensverzoeken/" + dossier.path("gegevensverzoeken[0].id") + "/antwoord",
            Map.of("uitkomst", "VERSTREKT", "verstrekt", VERSTREKT));
    wijzig(
        dossier,
        "PUT",
        "/gegevensverzoeken/" + dossier.path("gegevensverzoeken[1].id") + "/antwoord",
        Map.of("uitkomst", "GEWEIGERD", "weigeringsgrond", WEIGERING));
    return new Procedure(uuid, dossier.path("url"), bsn);
  }

  private static Map<String, Object> gegevensverzoek(String partij, String doel, String categorie) {
    return Map.of(
        "partij",
        partij,
        "doel",
        doel,
        "categorieen",
        List.of(categorie),
        "grondslag",
        "Wams, art. 2.1",
        "uiterlijkOp",
        LocalDate.now().plusDays(14).toString());
  }

  private static ExtractableResponse<Response> wijzig(
      ExtractableResponse<Response> dossier, String method, String pad, Object body) {
    return onderzoek(ONDERZOEKER)
        .header("If-Match", dossier.header("ETag"))
        .body(body)
        .request(method, "/procedures/" + dossier.path("uuid") + pad)
        .then()
        .statusCode(200)
        .extract();
  }

  /** An overleg about the procedure with inbreng, a further-processing request and a report. */
  private static Overleg overlegMetVerslag(Procedure procedure) {
    Overleg overleg = Overleg.gepland(ONDERZOEKER, procedure.url());
    overleg.deelnemer(GGZ, "ZORG", false);
    overleg.deelnemer(CORPORATIE, "WONEN", true);
    overleg.deelnemer(UWV, "WERK_INKOMEN", false);
    String inbreng = overleg.inbreng(GGZ, "gezondheid", INHOUD, Map.of("nietVoorHandhaving", true));
    overleg.verzoek(inbreng, UWV, EIGEN_TAAK, MOTIVERING);
    overleg.afspraak(GGZ, "GGZ Noord plant een intake.");
    overleg.clientUitgenodigd(CLIENT_NAAM);
    overleg.gehouden();
    ExtractableResponse<Response> concept =
        als(ONDERZOEKER)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(Map.of("overleg", overleg.url))
            .post("/verslagen")
            .then()
            .statusCode(201)
            .extract();
    String verslag = concept.path("uuid");
    String etag =
        als(ONDERZOEKER)
            .header("If-Match", concept.header("ETag"))
            .post("/verslagen/" + verslag + "/vaststelling")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    als(ONDERZOEKER)
        .header("If-Match", etag)
        .post("/verslagen/" + verslag + "/verstrekkingen")
        .then()
        .statusCode(200);
    return overleg;
  }

  @Test
  void theFgSeesWhoSharedWhatWithWhomWhenAndWhyButNoContent() {
    Procedure procedure = procedureMetGegevensverzoeken();
    Overleg overleg = overlegMetVerslag(procedure);

    ExtractableResponse<Response> antwoord =
        als(FG).get("/verantwoordingen/" + procedure.uuid()).then().statusCode(200).extract();
    JsonPath rapport = antwoord.jsonPath();
    assertThat(rapport.getString("procedure")).isEqualTo(procedure.url());
    // About the procedure's person: named for the gateway's Logboek, not in the body (below).
    assertThat(antwoord.header("Wams-Betrokkenen")).isEqualTo(procedure.bsn());
    assertThat(rapport.getString("gemeentecode")).isEqualTo("0363");

    List<Map<String, Object>> regels = rapport.getList("regels");
    assertThat(regels)
        .extracting(r -> r.get("soort"))
        .containsExactly(
            "GEGEVENSVERZOEK",
            "GEGEVENSVERZOEK",
            "INBRENG",
            "VERDERE_VERWERKING",
            "VERSLAGDEEL",
            "VERSLAGDEEL",
            "VERSLAGDEEL");
    List<OffsetDateTime> momenten =
        regels.stream().map(r -> OffsetDateTime.parse((String) r.get("moment"))).toList();
    assertThat(momenten).isSorted();

    Map<String, Object> verstrekt = regels.get(0);
    assertThat(verstrekt)
        .containsEntry("verstrekker", GGZ)
        .containsEntry("ontvangers", List.of("gemeente 0363"))
        .containsEntry("doel", "Weten of er een lopende behandeling is")
        .containsEntry("grondslag", "Wams, art. 2.1")
        .containsEntry("categorieen", List.of("gezondheid"))
        .containsEntry("uitkomst", "VERSTREKT")
        .containsEntry("bron", procedure.url())
        .containsKey("afgerondOp")
        .doesNotContainKey("weigeringsgrond");
    assertThat(regels.get(1))
        .containsEntry("verstrekker", CORPORATIE)
        .containsEntry("categorieen", List.of("financieel"))
        .containsEntry("uitkomst", "GEWEIGERD")
        .containsEntry("weigeringsgrond", WEIGERING);

    // Inbreng 'niet voor handhaving': only the non-enforcing other participant could receive it.
    assertThat(regels.get(2))
        .containsEntry("verstrekker", GGZ)
        .containsEntry("ontvangers", List.of(UWV))
        .containsEntry("categorieen", List.of("gezondheid"))
        .containsEntry("voorwaarden", List.of("NIET_VOOR_HANDHAVING"))
        .containsEntry("uitkomst", "INGEBRACHT")
        .containsEntry("bron", overleg.url)
        .containsKey("overlegOp");
    assertThat(regels.get(3))
        .containsEntry("verstrekker", GGZ)
        .containsEntry("ontvangers", List.of(UWV))
        .containsEntry("doel", EIGEN_TAAK)
        .containsEntry("categorieen", List.of("gezondheid"))
        .containsKey("uitkomst")
        .containsKey("gronden");
    assertThat(regels.subList(4, 7))
        .extracting(r -> (Object) ((List<?>) r.get("ontvangers")).get(0))
        .containsExactlyInAnyOrder((Object) GGZ, CORPORATIE, UWV);
    assertThat(regels.subList(4, 7)).allSatisfy(r -> assertThat(r).containsEntry("versie", 1));

    // Nothing of the content, the person or the motivation.
    assertThat(antwoord.asString())
        .doesNotContain(procedure.bsn())
        .doesNotContain(VERSTREKT)
        .doesNotContain(INHOUD)
        .doesNotContain(MOTIVERING)
        .doesNotContain(CLIENT_NAAM)
        .doesNotContain("Afstemming rond schulden")
        .doesNotContain("GGZ Noord plant een intake.");

    // The auditor of the same municipality reads it too.
    als(AUDITOR).get("/verantwoordingen/" + procedure.uuid()).then().statusCode(200);
  }

  @Test
  void anotherMunicipalityOrAnotherRoleIsRefused() {
    Procedure procedure = procedureMetGegevensverzoeken();
    String fgUtrecht = Tokens.accessToken("fg-utr", "fg", Map.of("gemeente", "0344"));
    given()
        .filter(ContractValidation.contract())
        .basePath(Api.BASE)
        .auth()
        .oauth2(fgUtrecht)
        .get("/verantwoordingen/" + procedure.uuid())
        .then()
        .statusCode(403)
        .header("Wams-Betrokkenen", org.hamcrest.Matchers.nullValue());
    als(ONDERZOEKER).get("/verantwoordingen/" + procedure.uuid()).then().statusCode(403);
    als(PARTNER_GGZ).get("/verantwoordingen/" + procedure.uuid()).then().statusCode(403);
    als(FG).get("/verantwoordingen/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void theSourcesLetTheFgReadButNeverChange() {
    Procedure procedure = procedureMetGegevensverzoeken();
    Overleg overleg = Overleg.gepland(ONDERZOEKER, procedure.url());
    // Onderzoek: the FG reads the dossier of its municipality, changes nothing.
    ExtractableResponse<Response> dossier =
        onderzoek(FG).get("/procedures/" + procedure.uuid()).then().statusCode(200).extract();
    given()
        .baseUri(EchtCasusoverleg.onderzoekUrl())
        .basePath("/onderzoek/v1")
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(FG))
        .header("If-Match", dossier.header("ETag"))
        .body(gegevensverzoek(UWV, "Inkomen", "werk-inkomen"))
        .post("/procedures/" + procedure.uuid() + "/gegevensverzoeken")
        .then()
        .statusCode(403);
    // Casusoverleg: the FG reads the overleg, plans or changes nothing.
    RequestSpecification casusoverlegAlsFg =
        given()
            .baseUri(EchtCasusoverleg.url())
            .basePath("/casusoverleg/v1")
            .contentType(ContentType.JSON)
            .auth()
            .oauth2(Tokens.accessToken(FG));
    String etag =
        casusoverlegAlsFg
            .get("/overleggen/" + overleg.uuid)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .baseUri(EchtCasusoverleg.url())
        .basePath("/casusoverleg/v1")
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(FG))
        .header("If-Match", etag)
        .body(
            Map.of(
                "organisatie", "Buurtteam",
                "domein", "ZORG",
                "rol", "casemanager",
                "handhavend", false,
                "noodzaak", "Nodig voor de afstemming."))
        .post("/overleggen/" + overleg.uuid + "/deelnemers")
        .then()
        .statusCode(403);
    // Another municipality's FG reads nothing at either source.
    String fgUtrecht = Tokens.accessToken("fg-utr", "fg", Map.of("gemeente", "0344"));
    given()
        .baseUri(EchtCasusoverleg.url())
        .basePath("/casusoverleg/v1")
        .auth()
        .oauth2(fgUtrecht)
        .get("/overleggen/" + overleg.uuid)
        .then()
        .statusCode(403);
    given()
        .baseUri(EchtCasusoverleg.onderzoekUrl())
        .basePath("/onderzoek/v1")
        .auth()
        .oauth2(fgUtrecht)
        .get("/procedures/" + procedure.uuid())
        .then()
        .statusCode(403);
  }
}
