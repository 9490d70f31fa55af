package nl.wams.onderzoek.api;

import static io.restassured.RestAssured.given;
import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static nl.wams.onderzoek.api.Dossier.BASE;
import static nl.wams.onderzoek.api.Dossier.als;
import static nl.wams.onderzoek.api.Dossier.hulpvraag;
import static nl.wams.onderzoek.api.Dossier.probleem;
import static nl.wams.onderzoek.api.Dossier.reikwijdte;
import static nl.wams.onderzoek.api.Dossier.start;
import static nl.wams.onderzoek.api.Dossier.wijzig;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The resident (role {@code inwoner}, real Keycloak token with a {@code bsn} claim) reads only the
 * procedures about them, and never the content or reason of an item a caseworker withheld.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(CoordinatieStandIn.class)
class InwonerInzageTest {

  private static final String GEHEIM = "Zorgen over geweld door de ex-partner";
  private static final String REDEN = "De ex-partner mag niet weten dat de school dit meldde.";

  private static RequestSpecification alsInwoner(String bsn) {
    return given()
        .filter(ContractValidation.contract())
        .basePath(BASE)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken("inwoner-" + bsn, "inwoner", Map.of("bsn", bsn)));
  }

  /** A dossier with two problems, one data request, and the first problem withheld. */
  private static ExtractableResponse<Response> dossierMetBeperking(String bsn) {
    ExtractableResponse<Response> dossier = start(hulpvraag(bsn));
    dossier = reikwijdte(dossier, "FINANCIEN", "VEILIGHEID");
    dossier =
        wijzig(
            dossier,
            "/problemen",
            Map.of("leefgebied", "VEILIGHEID", "domein", "VEILIGHEID", "omschrijving", GEHEIM));
    dossier = probleem(dossier, "FINANCIEN", "WGS");
    dossier =
        wijzig(
            dossier,
            "/gegevensverzoeken",
            Map.of(
                "partij", "Woningcorporatie Ymere",
                "doel", "Huurachterstand vaststellen",
                "categorieen", List.of("wonen", "financieel"),
                "grondslag", "Wams",
                "uiterlijkOp", LocalDate.now().plusDays(14).toString()));
    String geheim = dossier.path("problemen[0].id");
    return als(Dossier.ONDERZOEKER)
        .header("If-Match", dossier.header("ETag"))
        .body(Map.of("grond", "BESCHERMING_DERDE", "reden", REDEN))
        .put("/procedures/" + dossier.path("uuid") + "/inzage-beperkingen/" + geheim)
        .then()
        .statusCode(200)
        .extract();
  }

  @Test
  void theResidentSeesTheirDossierWithTheWithheldItemOnlyAsItsGround() {
    String bsn = nieuwBsn();
    ExtractableResponse<Response> staf = dossierMetBeperking(bsn);
    assertThat((String) staf.path("problemen[0].inzageBeperking.reden")).isEqualTo(REDEN);
    assertThat((String) staf.path("problemen[0].inzageBeperking.vastgelegdDoor"))
        .isEqualTo(Dossier.ONDERZOEKER);

    ExtractableResponse<Response> eigen =
        alsInwoner(bsn).get("/procedures/" + staf.path("uuid")).then().statusCode(200).extract();
    assertThat((List<?>) eigen.path("problemen")).hasSize(1);
    assertThat((String) eigen.path("problemen[0].leefgebied")).isEqualTo("FINANCIEN");
    assertThat((List<?>) eigen.path("gegevensverzoeken")).hasSize(1);
    assertThat((List<Map<String, String>>) eigen.path("beperkteOnderdelen"))
        .containsExactly(Map.of("soort", "PROBLEEM", "grond", "BESCHERMING_DERDE"));
    assertThat(eigen.asString()).doesNotContain(GEHEIM).doesNotContain(REDEN);
    assertThat((String) eigen.path("betrokkene.bsn")).isEqualTo(bsn);
  }

  @Test
  void listsAndSearchesShowTheResidentOnlyTheirOwnProceduresInTheResidentView() {
    String bsn = nieuwBsn();
    String ander = nieuwBsn();
    ExtractableResponse<Response> eigen = dossierMetBeperking(bsn);
    start(hulpvraag(ander));

    ExtractableResponse<Response> lijst =
        alsInwoner(bsn).get("/procedures").then().statusCode(200).extract();
    assertThat((Integer) lijst.path("count")).isEqualTo(1);
    assertThat((String) lijst.path("results[0].uuid")).isEqualTo(eigen.path("uuid"));
    assertThat(lijst.asString()).doesNotContain(GEHEIM).doesNotContain(REDEN);

    ExtractableResponse<Response> zoek =
        alsInwoner(bsn)
            .body(Map.of("bsn", bsn))
            .post("/procedures/_zoek")
            .then()
            .statusCode(200)
            .extract();
    assertThat((Integer) zoek.path("count")).isEqualTo(1);
    assertThat((List<?>) zoek.path("results[0].beperkteOnderdelen")).hasSize(1);

    alsInwoner(bsn)
        .body(Map.of("bsn", ander))
        .post("/procedures/_zoek")
        .then()
        .statusCode(200)
        .body("count", org.hamcrest.Matchers.equalTo(0));
  }

  @Test
  void anotherResidentGets403AndLearnsNothing() {
    ExtractableResponse<Response> dossier = dossierMetBeperking(nieuwBsn());
    String body =
        given()
            .filter(ContractValidation.responseContract())
            .auth()
            .oauth2(Tokens.accessToken("inwoner-2"))
            .get(BASE + "/procedures/" + dossier.path("uuid"))
            .then()
            .statusCode(403)
            .contentType("application/problem+json")
            .extract()
            .asString();
    assertThat(body).doesNotContain((String) dossier.path("betrokkene.bsn")).doesNotContain(GEHEIM);
  }

  @Test
  void aResidentCannotRestrictOrChangeTheirDossier() {
    String bsn = nieuwBsn();
    ExtractableResponse<Response> dossier = dossierMetBeperking(bsn);
    given()
        .filter(ContractValidation.responseContract())
        .basePath(BASE)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken("inwoner-" + bsn, "inwoner", Map.of("bsn", bsn)))
        .header("If-Match", dossier.header("ETag"))
        .body(Map.of("grond", "BELANG_CLIENT", "reden", "zelf"))
        .put(
            "/procedures/"
                + dossier.path("uuid")
                + "/inzage-beperkingen/"
                + dossier.path("problemen[1].id"))
        .then()
        .statusCode(403);
  }

  @Test
  void aRestrictionWithoutReasonIs400AndChangesNothing() {
    ExtractableResponse<Response> dossier = dossierMetBeperking(nieuwBsn());
    String pad =
        "/procedures/"
            + dossier.path("uuid")
            + "/inzage-beperkingen/"
            + dossier.path("problemen[1].id");
    given()
        .filter(ContractValidation.responseContract())
        .basePath(BASE)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(Dossier.ONDERZOEKER))
        .header("If-Match", dossier.header("ETag"))
        .body(Map.of("grond", "BELANG_CLIENT"))
        .put(pad)
        .then()
        .statusCode(400)
        .body("invalidParams.name", org.hamcrest.Matchers.hasItem("reden"));
    als(Dossier.ONDERZOEKER)
        .header("If-Match", dossier.header("ETag"))
        .body(Map.of("grond", "BELANG_CLIENT", "reden", " "))
        .put(pad)
        .then()
        .statusCode(400);
    ExtractableResponse<Response> na =
        als(Dossier.ONDERZOEKER)
            .get("/procedures/" + dossier.path("uuid"))
            .then()
            .statusCode(200)
            .extract();
    assertThat(na.header("ETag")).isEqualTo(dossier.header("ETag"));
    assertThat((Object) na.path("problemen[1].inzageBeperking")).isNull();
    als(Dossier.ONDERZOEKER)
        .header("If-Match", dossier.header("ETag"))
        .body(Map.of("grond", "BELANG_CLIENT", "reden", "x"))
        .put(
            "/procedures/"
                + dossier.path("uuid")
                + "/inzage-beperkingen/"
                + java.util.UUID.randomUUID())
        .then()
        .statusCode(404);
  }
}
