package nl.wams.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import nl.wams.gateway.logboek.LogboekSchrijver;
import nl.wams.gateway.logboek.Pseudoniem;
import nl.wams.gateway.logboek.VerifieerKeten;
import org.junit.jupiter.api.Test;

/**
 * Rotating the HMAC key of the Logboek: after the switch new records are made under the new key and
 * carry its version, records made under the earlier key (and those from before key versions, which
 * carry none) are still found for the same BSN, and the hash chain stays whole across the switch.
 */
@QuarkusTest
@TestProfile(LogboekSleutelwisselTest.NaDeWissel.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(SpecBackendResource.class)
class LogboekSleutelwisselTest {

  static final String OUDE_SLEUTEL = "dev-only-wams-logboek-key-not-for-production";
  static final String NIEUWE_SLEUTEL = "test-only-second-wams-logboek-key";

  /** The key of version 2 is current; version 1 is kept for searching. */
  public static class NaDeWissel implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "wams.logboek.hmac-key", NIEUWE_SLEUTEL,
          "wams.logboek.hmac-key-versie", "2",
          "wams.logboek.eerdere-hmac-keys.\"1\"", OUDE_SLEUTEL);
    }
  }

  @Inject LogboekSchrijver schrijver;

  @Test
  void newRecordsUseTheNewKeyAndOlderRecordsAreStillFoundForTheSameBsn() throws Exception {
    Pseudoniem oud = new Pseudoniem(OUDE_SLEUTEL);
    Pseudoniem nieuw = new Pseudoniem("2", NIEUWE_SLEUTEL, Map.of());
    // Two records from before the switch, through the real writer: one under version 1, one from
    // before versions existed (no version).
    String voorDeWissel = LogboekTest.nieuweTrace();
    String voorVersies = LogboekTest.nieuweTrace();
    leg(voorDeWissel, oud.van(LogboekTest.BSN), "1");
    leg(voorVersies, oud.van(LogboekTest.BSN), null);

    String naDeWissel = LogboekTest.nieuweTrace();
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(LogboekTest.DOEL, "aanmelding-behandelen")
        .header("traceparent", "00-" + naDeWissel + "-00f067aa0ba902b7-01")
        .get(LogboekTest.AANMELDING)
        .then()
        .statusCode(200);
    Map<String, Object> rij =
        LogboekDatabase.rows("SELECT * FROM logboek_verwerking WHERE trace_id = ?", naDeWissel)
            .getFirst();
    assertThat(rij.get("data_subject_id"))
        .isEqualTo(nieuw.van(LogboekTest.BSN))
        .isNotEqualTo(oud.van(LogboekTest.BSN));
    assertThat(rij.get("sleutelversie")).isEqualTo("2");

    List<String> gevonden =
        given()
            .auth()
            .oauth2(Tokens.accessToken("fg"))
            .header(LogboekTest.DOEL, "verantwoording")
            .contentType("application/json")
            .body(
                Map.of(
                    "bsn",
                    LogboekTest.BSN,
                    "van",
                    "2020-01-01T00:00:00Z",
                    "tot",
                    "2099-01-01T00:00:00Z"))
            .post("/logboek/v1/verwerkingen/_zoek?pageSize=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("results.traceId");
    assertThat(gevonden).contains(voorDeWissel, voorVersies, naDeWissel);

    try (Connection c = LogboekDatabase.connect()) {
      assertThat(VerifieerKeten.verifieer(c)).allMatch(VerifieerKeten.Uitkomst::intact);
    }
  }

  private void leg(String trace, String betrokkene, String versie) throws Exception {
    Instant nu = Instant.now().truncatedTo(ChronoUnit.MICROS);
    schrijver
        .leg(
            List.of(TestRegels.verwerking(trace, nu, betrokkene, versie)),
            TestRegels.audit(trace, nu),
            null)
        .get(10, TimeUnit.SECONDS);
  }
}
