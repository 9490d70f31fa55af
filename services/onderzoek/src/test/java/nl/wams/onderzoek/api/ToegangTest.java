package nl.wams.onderzoek.api;

import static io.restassured.RestAssured.given;
import static nl.wams.onderzoek.api.Dossier.als;
import static nl.wams.onderzoek.api.Dossier.fouteInvoerAls;
import static nl.wams.onderzoek.api.Dossier.hulpvraag;
import static nl.wams.onderzoek.api.Dossier.nieuwBsn;
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
