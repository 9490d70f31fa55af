package nl.wams.coordinatie.api;

import static nl.wams.coordinatie.api.Api.AMSTERDAM;
import static nl.wams.coordinatie.api.Api.COORDINATOR;
import static nl.wams.coordinatie.api.Api.ONDERZOEKER;
import static nl.wams.coordinatie.api.Api.ONDERZOEKER_UTRECHT;
import static nl.wams.coordinatie.api.Api.als;
import static nl.wams.coordinatie.api.Api.fouteInvoerAls;
import static nl.wams.coordinatie.api.Api.maakAanpak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Creating the aanpak of a procedure: fetched from onderzoek (here its stand-in, checked against
 * onderzoek's contract) with the caller's token, one per procedure, only after a conclusion that
 * calls for coordination; and every way onderzoek can answer.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class AanpakkenApiTest {

  @Test
  void anAanpakTakesOnlyWhatItNeedsFromTheProcedure() {
    URI procedure = Onderzoek.verplicht();
    ExtractableResponse<Response> aanpak = maakAanpak(procedure);

    assertThat(aanpak.header("ETag")).isEqualTo("\"0\"");
    assertThat(aanpak.header("Location")).isEqualTo(aanpak.<String>path("url"));
    assertThat(aanpak.<String>path("procedure")).isEqualTo(procedure.toString());
    assertThat(aanpak.<String>path("gemeentecode")).isEqualTo(AMSTERDAM);
    assertThat(aanpak.<String>path("coordinatieplicht")).isEqualTo("VERPLICHT");
    assertThat(aanpak.<Boolean>path("clientCoordineertZelf")).isFalse();
    assertThat(aanpak.<String>path("procedureGestartOp")).startsWith("2026-01-05T09:00");
    assertThat(aanpak.<String>path("status")).isEqualTo("NIEUW");
    assertThat(aanpak.<Boolean>path("evaluatieVerlopen")).isFalse();
    // Nothing of the dossier itself: no BSN, no problems.
    assertThat(aanpak.asString()).doesNotContain(Onderzoek.BSN, "Schulden bij");

    als(ONDERZOEKER)
        .get("/aanpakken/{uuid}", aanpak.<String>path("uuid"))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("coordinatieplicht", equalTo("VERPLICHT"));
  }

  @Test
  void theCallersTokenIsPassedOnToOnderzoek() {
    URI procedure = Onderzoek.optioneel();
    maakAanpak(procedure);
    assertThat(Onderzoek.aanroepen(procedure).path("authorization").asText())
        .isEqualTo("Bearer " + Tokens.accessToken(ONDERZOEKER));
  }

  @Test
  void oneAanpakPerProcedureWhoeverAsksAgain() {
    URI procedure = Onderzoek.verplicht();
    ExtractableResponse<Response> eerste = maakAanpak(procedure);
    als(ONDERZOEKER)
        .body(Map.of("procedure", procedure.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(200)
        .header("Location", eerste.<String>path("url"))
        .body("uuid", equalTo(eerste.path("uuid")));
    // Found without asking onderzoek again.
    assertThat(Onderzoek.aanroepen(procedure).path("aantal").asInt()).isEqualTo(1);
    als(ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .get("/aanpakken")
        .then()
        .statusCode(200)
        .body("count", equalTo(1));
  }

  @Test
  void concurrentCreationsOfOneProcedureMakeOneAanpak() throws Exception {
    URI procedure = Onderzoek.verplicht();
    // One token first: Keycloak refuses simultaneous first password grants for one user.
    Tokens.accessToken(ONDERZOEKER);
    int aantal = 6;
    ExecutorService pool = Executors.newFixedThreadPool(aantal);
    try {
      List<Future<ExtractableResponse<Response>>> antwoorden = new ArrayList<>();
      for (int i = 0; i < aantal; i++) {
        antwoorden.add(
            pool.submit(
                () ->
                    als(ONDERZOEKER)
                        .body(Map.of("procedure", procedure.toString()))
                        .post("/aanpakken")
                        .then()
                        .extract()));
      }
      List<Integer> statussen = new ArrayList<>();
      Set<String> uuids = new HashSet<>();
      for (Future<ExtractableResponse<Response>> antwoord : antwoorden) {
        statussen.add(antwoord.get(30, TimeUnit.SECONDS).statusCode());
        uuids.add(antwoord.get().path("uuid"));
      }
      assertThat(statussen).containsOnly(200, 201).containsOnlyOnce(201);
      assertThat(uuids).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    als(ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .get("/aanpakken")
        .then()
        .statusCode(200)
        .body("count", equalTo(1));
  }

  @Test
  void anIdempotencyKeyReplaysTheCreation() {
    URI procedure = Onderzoek.verplicht();
    String sleutel = UUID.randomUUID().toString();
    String uuid =
        als(ONDERZOEKER)
            .header("Idempotency-Key", sleutel)
            .body(Map.of("procedure", procedure.toString()))
            .post("/aanpakken")
            .then()
            .statusCode(201)
            .extract()
            .path("uuid");
    als(ONDERZOEKER)
        .header("Idempotency-Key", sleutel)
        .body(Map.of("procedure", procedure.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(201)
        .body("uuid", equalTo(uuid));
  }

  @Test
  void onlyAConclusionThatCallsForCoordinationGetsAnAanpak() {
    for (String uitkomst : new String[] {"ENKELVOUDIG", "GEEN_MEERVOUDIGE_PROBLEMATIEK"}) {
      URI procedure = Onderzoek.met(url -> Onderzoek.procedure(url, AMSTERDAM, uitkomst, false));
      als(ONDERZOEKER)
          .body(Map.of("procedure", procedure.toString()))
          .post("/aanpakken")
          .then()
          .statusCode(409)
          .body("detail", containsString(uitkomst));
      nietsVoor(procedure);
    }
    URI lopend = Onderzoek.met(url -> Onderzoek.procedure(url, AMSTERDAM, null, false));
    als(ONDERZOEKER)
        .body(Map.of("procedure", lopend.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(409)
        .body("detail", containsString("nog geen conclusie"));
    nietsVoor(lopend);
  }

  @Test
  void whatIsNoProcedureOfOnderzoekIsNamed() {
    for (String url :
        new String[] {
          "http://elders.example/onderzoek/v1/procedures/" + UUID.randomUUID(),
          OnderzoekStub.url() + "/onderzoek/v1/procedures/geen-uuid",
          OnderzoekStub.url() + "/meldpunt/v1/aanmeldingen/" + UUID.randomUUID()
        }) {
      als(ONDERZOEKER)
          .body(Map.of("procedure", url))
          .post("/aanpakken")
          .then()
          .statusCode(400)
          .body("invalidParams[0].name", equalTo("procedure"))
          .body("invalidParams[0].code", equalTo("geen-procedure"));
    }
    URI onbekend = Onderzoek.nieuweUrl();
    als(ONDERZOEKER)
        .body(Map.of("procedure", onbekend.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(400)
        .body("invalidParams[0].code", equalTo("onbekend"));
  }

  @Test
  void onderzoeksAccessRulesApply() {
    URI geweigerd = Onderzoek.fout(403);
    als(ONDERZOEKER)
        .body(Map.of("procedure", geweigerd.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(403)
        .body("detail", containsString("Onderzoek"));
    nietsVoor(geweigerd);

    // A procedure of Amsterdam is not Utrecht's to coordinate, even if onderzoek showed it.
    URI amsterdams = Onderzoek.verplicht();
    als(ONDERZOEKER_UTRECHT)
        .body(Map.of("procedure", amsterdams.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(403);
    nietsVoor(amsterdams);

    // Only an onderzoeker creates aanpakken; onderzoek is not even asked.
    URI procedure = Onderzoek.verplicht();
    als(COORDINATOR)
        .body(Map.of("procedure", procedure.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(403);
    assertThat(Onderzoek.aanroepen(procedure).path("aantal").asInt()).isZero();
  }

  @Test
  void anOnderzoekThatFailsOrIsSilentIsAnsweredAsSuch() {
    URI kapot = Onderzoek.fout(500);
    als(ONDERZOEKER)
        .body(Map.of("procedure", kapot.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(503)
        .contentType("application/problem+json");
    URI stil = Onderzoek.stil();
    als(ONDERZOEKER)
        .body(Map.of("procedure", stil.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(504)
        .contentType("application/problem+json");
    nietsVoor(kapot);
    nietsVoor(stil);
  }

  @Test
  void fieldsOnderzoekAddsLaterAreIgnored() {
    URI procedure =
        Onderzoek.met(
            url -> {
              Map<String, Object> body =
                  Onderzoek.procedure(url, AMSTERDAM, "COORDINATIE_OPTIONEEL", true);
              body.put("nieuwVeldInEenLatereVersie", Map.of("wat", "dan ook"));
              return body;
            });
    ExtractableResponse<Response> aanpak = maakAanpak(procedure);
    assertThat(aanpak.<String>path("coordinatieplicht")).isEqualTo("OPTIONEEL");
    assertThat(aanpak.<Boolean>path("clientCoordineertZelf")).isTrue();
  }

  @Test
  void theRequestItselfIsChecked() {
    fouteInvoerAls(ONDERZOEKER)
        .body(Map.of("procedure", "geen url met spaties"))
        .post("/aanpakken")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("procedure"));
    fouteInvoerAls(ONDERZOEKER)
        .body(Map.of("procedure", Onderzoek.verplicht().toString(), "bsn", Onderzoek.BSN))
        .post("/aanpakken")
        .then()
        .statusCode(400)
        .body("invalidParams[0].code", equalTo("unknown-field"));
  }

  @Test
  void theStubRefusesWhatOnderzoeksContractDoesNotAllow() {
    URI url = Onderzoek.nieuweUrl();
    Map<String, Object> zonderGemeente = Onderzoek.procedure(url, AMSTERDAM, "ENKELVOUDIG", false);
    zonderGemeente.remove("gemeentecode");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Onderzoek.valideer(url, zonderGemeente))
        .hasMessageContaining("gemeentecode");
  }

  private static void nietsVoor(URI procedure) {
    als(ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .get("/aanpakken")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
  }
}
