package nl.wams.onderzoek.api;

import static io.restassured.RestAssured.given;
import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static nl.wams.onderzoek.api.Dossier.als;
import static nl.wams.onderzoek.api.Dossier.fouteInvoerAls;
import static nl.wams.onderzoek.api.Dossier.hulpvraag;
import static nl.wams.onderzoek.api.Dossier.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Object-level access with real tokens: only the assigned onderzoeker of the municipality sees and
 * changes a dossier; others get 403 on the dossier and do not find it in lists or searches.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(CoordinatieStandIn.class)
class ToegangTest {

  @Test
  void withoutATokenTheAnswerIs401ProblemJson() {
    given()
        .filter(ContractValidation.responseContract())
        .get("/onderzoek/v1/procedures")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
  }

  @Test
  void aTamperedTokenIsRejectedEvenRightAfterTheGenuineOneWasAccepted() {
    String token = nl.wams.commons.test.Tokens.accessToken(Dossier.ONDERZOEKER);
    for (int i = 0; i < 2; i++) {
      given()
          .filter(ContractValidation.contract())
          .auth()
          .oauth2(token)
          .get("/onderzoek/v1/procedures")
          .then()
          .statusCode(200);
    }
    String[] parts = token.split("\\.");
    String otherClaims =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                    .replace("\"0363\"", "\"0344\"")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (String forged :
        List.of(
            parts[0] + "." + otherClaims + "." + parts[2],
            parts[0] + "." + parts[1] + "." + otherSignature(parts[2]),
            token + "x")) {
      given()
          .filter(ContractValidation.responseContract())
          .auth()
          .oauth2(forged)
          .get("/onderzoek/v1/procedures")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
  }

  /** The same signature with one character in the middle changed. */
  private static String otherSignature(String signature) {
    int middle = signature.length() / 2;
    char other = signature.charAt(middle) == 'A' ? 'B' : 'A';
    return signature.substring(0, middle) + other + signature.substring(middle + 1);
  }

  @Test
  void anOnderzoekerOfAnotherMunicipalityNeitherSeesNorFindsTheDossier() {
    String bsn = nieuwBsn();
    ExtractableResponse<Response> dossier = start(hulpvraag(bsn));
    String uuid = dossier.path("uuid");

    fouteInvoerAls(Dossier.ANDERE_GEMEENTE)
        .get("/procedures/{uuid}", uuid)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    fouteInvoerAls(Dossier.ANDERE_GEMEENTE)
        .header("If-Match", dossier.header("ETag"))
        .body(Map.of("leefgebieden", List.of("FINANCIEN")))
        .put("/procedures/{uuid}/reikwijdte", uuid)
        .then()
        .statusCode(403);
    als(Dossier.ANDERE_GEMEENTE)
        .body(Map.of("bsn", bsn))
        .post("/procedures/_zoek")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
    List<String> zichtbaar =
        als(Dossier.ANDERE_GEMEENTE)
            .get("/procedures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("results.uuid");
    assertThat(zichtbaar).doesNotContain(uuid);
  }

  @ConfigProperty(name = "wams.coordinatie.url")
  java.net.URI coordinatie;

  @Test
  void aCoordinatorReadsTheProcedureTheyCoordinateButCannotChangeIt() {
    ExtractableResponse<Response> dossier = start(hulpvraag(nieuwBsn()));
    String uuid = dossier.path("uuid");
    fouteInvoerAls("coordinator-ams").get("/procedures/{uuid}", uuid).then().statusCode(403);

    // coordinatie (the source of appointments) now says coordinator-ams coordinates it.
    given()
        .queryParam("procedure", dossier.<String>path("url"))
        .queryParam("gebruiker", "coordinator-ams")
        .put(coordinatie.resolve("/coordineert"))
        .then()
        .statusCode(204);

    als("coordinator-ams").get("/procedures/{uuid}", uuid).then().statusCode(200);
    fouteInvoerAls("coordinator-partner").get("/procedures/{uuid}", uuid).then().statusCode(403);
    fouteInvoerAls("coordinator-ams")
        .header("If-Match", dossier.header("ETag"))
        .body(Map.of("leefgebieden", List.of("FINANCIEN")))
        .put("/procedures/{uuid}/reikwijdte", uuid)
        .then()
        .statusCode(403);
  }

  @Test
  void aCoordinatorListsAndFindsOnlyTheProceduresTheyCoordinate() {
    String bsnGecoordineerd = nieuwBsn();
    String bsnAnder = nieuwBsn();
    ExtractableResponse<Response> gecoordineerd = start(hulpvraag(bsnGecoordineerd));
    ExtractableResponse<Response> ander = start(hulpvraag(bsnAnder));
    given()
        .queryParam("procedure", gecoordineerd.<String>path("url"))
        .queryParam("gebruiker", "coordinator-utr")
        .put(coordinatie.resolve("/coordineert"))
        .then()
        .statusCode(204);

    List<String> lijst =
        als("coordinator-utr")
            .queryParam("pageSize", 100)
            .get("/procedures")
            .then()
            .statusCode(200)
            .extract()
            .path("results.uuid");
    assertThat(lijst)
        .contains(gecoordineerd.<String>path("uuid"))
        .doesNotContain(ander.<String>path("uuid"));
    als("coordinator-utr")
        .body(Map.of("bsn", bsnGecoordineerd))
        .post("/procedures/_zoek")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].uuid", equalTo(gecoordineerd.<String>path("uuid")));
    als("coordinator-utr")
        .body(Map.of("bsn", bsnAnder))
        .post("/procedures/_zoek")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
    // Another coordinator, coordinating nothing here, sees neither.
    als("coordinator-partner")
        .body(Map.of("bsn", bsnGecoordineerd))
        .post("/procedures/_zoek")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
  }

  @Test
  void aCoordinatorCannotStartOrReadAnOnderzoekHere() {
    ExtractableResponse<Response> dossier = start(hulpvraag(nieuwBsn()));
    fouteInvoerAls("coordinator-ams")
        .get("/procedures/{uuid}", dossier.<String>path("uuid"))
        .then()
        .statusCode(403);
    fouteInvoerAls("coordinator-ams")
        .body(hulpvraag(nieuwBsn()))
        .post("/procedures")
        .then()
        .statusCode(403);
  }

  @Test
  void anOnderzoekerStartsOnlyInTheirOwnMunicipality() {
    Map<String, Object> elders = hulpvraag(nieuwBsn());
    elders.put("gemeentecode", "0344");
    fouteInvoerAls(Dossier.ONDERZOEKER).body(elders).post("/procedures").then().statusCode(403);
  }

  @Test
  void changesNeedTheCurrentEtag() {
    ExtractableResponse<Response> dossier = start(hulpvraag(nieuwBsn()));
    String uuid = dossier.path("uuid");
    fouteInvoerAls(Dossier.ONDERZOEKER)
        .body(Map.of("leefgebieden", List.of("FINANCIEN")))
        .put("/procedures/{uuid}/reikwijdte", uuid)
        .then()
        .statusCode(428);
    fouteInvoerAls(Dossier.ONDERZOEKER)
        .header("If-Match", "\"99\"")
        .body(Map.of("leefgebieden", List.of("FINANCIEN")))
        .put("/procedures/{uuid}/reikwijdte", uuid)
        .then()
        .statusCode(412);
    als(Dossier.ONDERZOEKER)
        .get("/procedures/{uuid}", uuid)
        .then()
        .statusCode(200)
        .body("reikwijdte", org.hamcrest.Matchers.nullValue());
  }
}
