package nl.wams.casusoverleg.api;

import static nl.wams.casusoverleg.api.Api.ONDERZOEKER;
import static nl.wams.casusoverleg.api.Api.als;
import static nl.wams.casusoverleg.api.Api.fouteInvoerAls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Casusoverleg names the people of an overleg's procedure (header Wams-Betrokkenen, for the
 * gateway's Logboek) as onderzoek names them, asked once per procedure within the cache's time;
 * when onderzoek cannot name them, 503 with Retry-After and nothing planned. (The exact people of a
 * real dossier, read by a partner: CasusoverlegScenarioTest, against the real onderzoek.)
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class BetrokkenenApiTest {

  @Test
  void theOverlegNamesItsProcedurePeopleAskedOnce() {
    URI procedure = Onderzoek.inOnderzoek();
    Casus casus = Casus.gepland(ONDERZOEKER, Api.geidentificeerd(procedure, "ONDERZOEK"));
    assertThat(casus.get(ONDERZOEKER).header(Betrokkenen.HEADER)).isEqualTo(Onderzoek.BSN);
    als(ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .get("/overleggen")
        .then()
        .statusCode(200)
        .header(Betrokkenen.HEADER, Onderzoek.BSN);
    assertThat(Onderzoek.aanroepen(procedure).path("betrokkenen").asInt()).isEqualTo(1);
  }

  @Test
  void aReplayedCreationNamesThePeopleToo() {
    URI procedure = Onderzoek.inOnderzoek();
    String sleutel = java.util.UUID.randomUUID().toString();
    for (int keer = 0; keer < 2; keer++) {
      als(ONDERZOEKER)
          .header("Idempotency-Key", sleutel)
          .body(Api.geidentificeerd(procedure, "ONDERZOEK"))
          .post("/overleggen")
          .then()
          .statusCode(201)
          .header(Betrokkenen.HEADER, Onderzoek.BSN);
    }
  }

  @Test
  void whenOnderzoekFailsToNameThePeopleNoOverlegIsPlanned() {
    for (int fout : new int[] {500, 0}) {
      URI procedure =
          Onderzoek.zonderBetrokkenen(url -> Onderzoek.procedure(url, "0363", null, false), fout);
      fouteInvoerAls(ONDERZOEKER)
          .body(Api.geidentificeerd(procedure, "ONDERZOEK"))
          .post("/overleggen")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", "5")
          .header(Betrokkenen.HEADER, nullValue());
      als(ONDERZOEKER)
          .queryParam("procedure", procedure.toString())
          .get("/overleggen")
          .then()
          .statusCode(200)
          .body("count", equalTo(0));
    }
  }
}
