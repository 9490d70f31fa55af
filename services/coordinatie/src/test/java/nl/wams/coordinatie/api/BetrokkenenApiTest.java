package nl.wams.coordinatie.api;

import static nl.wams.coordinatie.api.Api.als;
import static nl.wams.coordinatie.api.Api.fouteInvoerAls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Coordinatie names the people of an aanpak's procedure (header Wams-Betrokkenen, for the gateway's
 * Logboek) as onderzoek names them, asked once per procedure within the cache's time; and when
 * onderzoek cannot name them it answers 503 with Retry-After and discloses and creates nothing.
 * (The exact people of a real dossier: CoordinatieScenarioTest, against the real onderzoek.)
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class BetrokkenenApiTest {

  @Test
  void theAanpakNamesItsProcedurePeopleAskedOnceAndARefusalNamesNobody() {
    URI procedure = Onderzoek.verplicht();
    ExtractableResponse<Response> aanpak = Api.maakAanpak(procedure);
    assertThat(aanpak.header(Betrokkenen.HEADER)).isEqualTo(Onderzoek.BSN);
    String uuid = aanpak.path("uuid");
    als(Api.ONDERZOEKER)
        .get("/aanpakken/{uuid}", uuid)
        .then()
        .statusCode(200)
        .header(Betrokkenen.HEADER, Onderzoek.BSN);
    als(Api.ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .get("/aanpakken")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .header(Betrokkenen.HEADER, Onderzoek.BSN);
    // Creation, read and list: onderzoek was asked once, with the services' token.
    assertThat(Onderzoek.aanroepen(procedure).path("betrokkenen").asInt()).isEqualTo(1);

    fouteInvoerAls(Api.ONDERZOEKER_UTRECHT)
        .get("/aanpakken/{uuid}", uuid)
        .then()
        .statusCode(403)
        .header(Betrokkenen.HEADER, nullValue());
    fouteInvoerAls(Api.ONDERZOEKER)
        .get("/aanpakken/{uuid}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .header(Betrokkenen.HEADER, nullValue());
  }

  @Test
  void aReplayedCreationNamesThePeopleToo() {
    URI procedure = Onderzoek.verplicht();
    String sleutel = UUID.randomUUID().toString();
    for (int keer = 0; keer < 2; keer++) {
      als(Api.ONDERZOEKER)
          .header("Idempotency-Key", sleutel)
          .body(java.util.Map.of("procedure", procedure.toString()))
          .post("/aanpakken")
          .then()
          .statusCode(201)
          .header(Betrokkenen.HEADER, Onderzoek.BSN);
    }
  }

  @Test
  void whenOnderzoekFailsToNameThePeopleNothingIsCreatedOrDisclosed() {
    URI procedure =
        Onderzoek.zonderBetrokkenen(
            url -> Onderzoek.procedure(url, "0363", "COORDINATIE_VERPLICHT", false), 500);
    fouteInvoerAls(Api.ONDERZOEKER)
        .body(Map.of("procedure", procedure.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "5")
        .header(Betrokkenen.HEADER, nullValue());
    als(Api.ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .get("/aanpakken")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));

    // The aanpak made from onderzoek's event (no look-up needed to create it) is not disclosed.
    GebeurtenissenApiTest.alsDienst()
        .body(GebeurtenissenApiTest.conclusie(procedure, "COORDINATIE_VERPLICHT"))
        .post("/gebeurtenissen")
        .then()
        .statusCode(204);
    fouteInvoerAls(Api.ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .get("/aanpakken")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "5")
        .body(not(org.hamcrest.Matchers.containsString("coordinatieplicht")));
  }

  @Test
  void anOnderzoekThatDoesNotAnswerIsA503Too() {
    URI procedure =
        Onderzoek.zonderBetrokkenen(
            url -> Onderzoek.procedure(url, "0363", "COORDINATIE_VERPLICHT", false), 0);
    GebeurtenissenApiTest.alsDienst()
        .body(GebeurtenissenApiTest.conclusie(procedure, "COORDINATIE_VERPLICHT"))
        .post("/gebeurtenissen")
        .then()
        .statusCode(204);
    fouteInvoerAls(Api.ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .get("/aanpakken")
        .then()
        .statusCode(503)
        .header("Retry-After", "5")
        .body(not(org.hamcrest.Matchers.containsString("coordinatieplicht")));
  }
}
