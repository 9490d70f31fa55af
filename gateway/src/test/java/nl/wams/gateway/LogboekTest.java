package nl.wams.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import nl.wams.gateway.logboek.Pseudoniem;
import nl.wams.gateway.logboek.VerifieerKeten;
import org.junit.jupiter.api.Test;

/**
 * The Logboek Dataverwerkingen and the audit trail through the real gateway: what is written for a
 * disclosure and for a refusal, the read API with its rules per role, append-only and the hash
 * chain with its verifier.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(SpecBackendResource.class)
@SuppressWarnings("unchecked")
class LogboekTest {

  static final String DOEL = "Wams-Verwerkingsactiviteit";
  static final String AANMELDING = "/meldpunt/v1/aanmeldingen/6a1f4b1e-0000-4000-8000-000000000001";

  /** The BSN SpecBackend names in Wams-Betrokkenen; inwoner-1's bsn claim. */
  static final String BSN = "999993653";

  /** inwoner-2's bsn claim. */
  static final String ANDER_BSN = "999990019";

  static final Pseudoniem PSEUDONIEM =
      new Pseudoniem("dev-only-wams-logboek-key-not-for-production");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject AgroalDataSource logboekDatabase;

  static String nieuweTrace() {
    byte[] trace = new byte[16];
    RANDOM.nextBytes(trace);
    trace[0] |= 1;
    return HexFormat.of().formatHex(trace);
  }

  @Test
  void aDisclosureIsLoggedPerDataSubjectWithThePseudonymAndTheAuditRowNamesUserAndFields() {
    String trace = nieuweTrace();
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
        .get(AANMELDING)
        .then()
        .statusCode(200)
        .header("Wams-Betrokkenen", nullValue());

    List<Map<String, Object>> verwerkingen =
        LogboekDatabase.rows("SELECT * FROM logboek_verwerking WHERE trace_id = ?", trace);
    assertThat(verwerkingen).hasSize(1);
    Map<String, Object> v = verwerkingen.get(0);
    assertThat(v.get("data_subject_id")).isEqualTo(PSEUDONIEM.van(BSN)).isNotEqualTo(BSN);
    assertThat(v.get("data_subject_id_type")).isEqualTo("BSN");
    assertThat(v.get("name")).isEqualTo("getAanmelding");
    assertThat(v.get("status_code")).isEqualTo("OK");
    assertThat(v.get("processing_activity_id")).isEqualTo("aanmelding-behandelen");
    assertThat(v.get("parent_span_id")).isEqualTo("00f067aa0ba902b7");
    assertThat(v.get("span_id")).isNotEqualTo("00f067aa0ba902b7");
    assertThat(v.get("applicatie")).isEqualTo("wams-demo");
    assertThat(v.get("rol")).isEqualTo("meldpunt-medewerker");
    assertThat((List<Object>) v.get("gegevenscategorieen")).contains("identificatie", "proces");
    // The component received the gateway's span as its parent.
    assertThat(SpecBackendResource.received().getLast().toString())
        .contains(trace + "-" + v.get("span_id"));

    List<Map<String, Object>> audit =
        LogboekDatabase.rows("SELECT * FROM audit_regel WHERE trace_id = ?", trace);
    assertThat(audit).hasSize(1);
    Map<String, Object> a = audit.get(0);
    assertThat(a.get("gebruiker"))
        .isEqualTo(Tokens.claims(Tokens.accessToken("meldpunt-ams")).get("sub"));
    assertThat(a.get("operatie")).isEqualTo("getAanmelding");
    assertThat(a.get("status")).isEqualTo(200);
    assertThat((List<Object>) a.get("rollen")).contains("meldpunt-medewerker");
    assertThat((List<Object>) a.get("velden")).contains("betrokkene.bsn", "melder.naam");
  }

  @Test
  void aRefusalIsInTheAuditTrailButDisclosesNothingSoNoLogboekRecord() {
    String trace = nieuweTrace();
    given()
        .auth()
        .oauth2(Tokens.accessToken("partner-uwv"))
        .header(DOEL, "casusoverleg")
        .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
        .get(AANMELDING)
        .then()
        .statusCode(403);
    assertThat(LogboekDatabase.rows("SELECT * FROM logboek_verwerking WHERE trace_id = ?", trace))
        .isEmpty();
    List<Map<String, Object>> audit =
        LogboekDatabase.rows("SELECT * FROM audit_regel WHERE trace_id = ?", trace);
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).get("status")).isEqualTo(403);
    assertThat(audit.get(0).get("operatie")).isEqualTo("getAanmelding");
    assertThat((List<?>) audit.get(0).get("velden")).isEmpty();
  }

  private static Response zoek(String user, String purpose, String bsn) {
    return given()
        .auth()
        .oauth2(Tokens.accessToken(user))
        .header(DOEL, purpose)
        .contentType("application/json")
        .body(Map.of("bsn", bsn, "van", "2020-01-01T00:00:00Z", "tot", "2099-01-01T00:00:00Z"))
        .post("/logboek/v1/verwerkingen/_zoek?pageSize=100");
  }

  @Test
  void theResidentReadsTheirOwnRecordsButNeverAnotherBsnAndTheSearchIsItselfLogged() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .get(AANMELDING)
        .then()
        .statusCode(200);
    Response eigen = zoek("inwoner-1", "inzage-inwoner", BSN);
    eigen
        .then()
        .statusCode(200)
        .header("Wams-Betrokkenen", nullValue())
        .body("results.naam", hasItem("getAanmelding"))
        .body("results[0].verwerkingsactiviteit", org.hamcrest.Matchers.notNullValue());
    assertThat(eigen.asString()).doesNotContain("meldpunt-ams").doesNotContain("gebruiker");
    assertThat(eigen.jsonPath().getList("results.verwerkingsactiviteitOmschrijving"))
        .contains("Meldingen, hulpvragen en verzoeken registreren en trieren.");

    Response ander = zoek("inwoner-1", "inzage-inwoner", ANDER_BSN);
    ander.then().statusCode(403).contentType("application/problem+json");
    assertThat(ander.asString()).doesNotContain("getAanmelding");

    // The resident's search is in the Logboek for the resident.
    zoek("inwoner-1", "inzage-inwoner", BSN)
        .then()
        .statusCode(200)
        .body("results.naam", hasItem("zoekVerwerkingen"))
        .body("results.find { it.naam == 'zoekVerwerkingen' }.rol", equalTo("inwoner"));
  }

  @Test
  void theFgSearchesAnyBsnAndReadsTheAuditTrailOfTheSameRequests() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .get(AANMELDING)
        .then()
        .statusCode(200);
    zoek("fg", "verantwoording", BSN)
        .then()
        .statusCode(200)
        .body("results.naam", hasItem("getAanmelding"));
    zoek("fg", "verantwoording", ANDER_BSN).then().statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.accessToken("fg"))
        .header(DOEL, "verantwoording")
        .contentType("application/json")
        .body(Map.of("bsn", BSN, "van", "2020-01-01T00:00:00Z", "tot", "2099-01-01T00:00:00Z"))
        .post("/logboek/v1/audit/_zoek")
        .then()
        .statusCode(200)
        .body("results.operatie", hasItem("getAanmelding"))
        .body("results.velden.flatten()", hasItem("betrokkene.bsn"));
    // The resident may not read the audit trail (who at the municipality looked).
    given()
        .auth()
        .oauth2(Tokens.accessToken("inwoner-1"))
        .header(DOEL, "inzage-inwoner")
        .contentType("application/json")
        .body(Map.of("bsn", BSN, "van", "2020-01-01T00:00:00Z", "tot", "2099-01-01T00:00:00Z"))
        .post("/logboek/v1/audit/_zoek")
        .then()
        .statusCode(403);
  }

  @Test
  void theAuditSearchFindsExactlyTheAuditRowsOfTheRequestsAboutTheSubject() {
    java.time.Instant van = java.time.Instant.now().minusMillis(1);
    String trace = nieuweTrace();
    for (String t : List.of(trace, nieuweTrace())) {
      given()
          .auth()
          .oauth2(Tokens.accessToken("meldpunt-ams"))
          .header(DOEL, "aanmelding-behandelen")
          .header("traceparent", "00-" + t + "-00f067aa0ba902b7-01")
          .get(AANMELDING)
          .then()
          .statusCode(200);
    }
    // A request about somebody else in the same period is no part of the subject's audit trail.
    given()
        .auth()
        .oauth2(Tokens.accessToken("inwoner-2"))
        .header(DOEL, "inzage-inwoner")
        .contentType("application/json")
        .body(
            Map.of("bsn", ANDER_BSN, "van", "2020-01-01T00:00:00Z", "tot", "2099-01-01T00:00:00Z"))
        .post("/logboek/v1/verwerkingen/_zoek")
        .then()
        .statusCode(200);
    java.time.Instant tot = java.time.Instant.now().plusMillis(1);
    List<String> verwacht =
        LogboekDatabase.rows(
                "SELECT DISTINCT trace_id FROM logboek_verwerking WHERE data_subject_id = ?"
                    + " AND start_time >= ? AND start_time < ?",
                PSEUDONIEM.van(BSN),
                java.sql.Timestamp.from(van),
                java.sql.Timestamp.from(tot))
            .stream()
            .map(r -> (String) r.get("trace_id"))
            .toList();
    assertThat(verwacht).contains(trace).hasSize(2);

    Response audit =
        given()
            .auth()
            .oauth2(Tokens.accessToken("fg"))
            .header(DOEL, "verantwoording")
            .contentType("application/json")
            .body(Map.of("bsn", BSN, "van", van.toString(), "tot", tot.toString()))
            .post("/logboek/v1/audit/_zoek?pageSize=100");
    audit.then().statusCode(200).body("count", equalTo(2));
    assertThat(audit.jsonPath().getList("results.traceId", String.class))
        .containsExactlyInAnyOrderElementsOf(verwacht);
    assertThat(audit.jsonPath().getList("results.operatie", String.class))
        .containsOnly("getAanmelding");
  }

  @Test
  void aSearchNeedsAValidBsnAndAPeriodInOrder() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("fg"))
        .header(DOEL, "verantwoording")
        .contentType("application/json")
        .body(
            Map.of(
                "bsn", "123456789", "van", "2026-12-01T00:00:00Z", "tot", "2026-01-01T00:00:00Z"))
        .post("/logboek/v1/verwerkingen/_zoek")
        .then()
        .statusCode(400)
        .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("bsn", "tot"));
    given()
        .auth()
        .oauth2(Tokens.accessToken("fg"))
        .header(DOEL, "verantwoording")
        .contentType("application/json")
        .body(Map.of("bsn", BSN))
        .post("/logboek/v1/verwerkingen/_zoek")
        .then()
        .statusCode(400)
        .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("van", "tot"));
  }

  @Test
  void theTablesAreAppendOnlyAndTheVerifierFindsAnAlteredRow() throws SQLException {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .get(AANMELDING)
        .then()
        .statusCode(200);
    try (Connection c = LogboekDatabase.connect()) {
      assertThat(VerifieerKeten.verifieer(c)).allMatch(VerifieerKeten.Uitkomst::intact);
    }
    assertThatThrownBy(
            () -> LogboekDatabase.execute("UPDATE logboek_verwerking SET status_code = 'FOUT'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> LogboekDatabase.execute("DELETE FROM audit_regel"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> LogboekDatabase.execute("TRUNCATE logboek_verwerking"))
        .hasMessageContaining("append-only");

    long rij =
        (Long)
            LogboekDatabase.rows("SELECT max(volgnummer) AS n FROM logboek_verwerking")
                .get(0)
                .get("n");
    // Even a superuser who switches the trigger off is caught by the chain.
    LogboekDatabase.execute(
        "ALTER TABLE logboek_verwerking DISABLE TRIGGER logboek_verwerking_alleen_toevoegen",
        "UPDATE logboek_verwerking SET name = 'iets anders' WHERE volgnummer = " + rij,
        "ALTER TABLE logboek_verwerking ENABLE TRIGGER logboek_verwerking_alleen_toevoegen");
    try (Connection c = LogboekDatabase.connect()) {
      VerifieerKeten.Uitkomst verwerking = VerifieerKeten.verifieer(c).get(0);
      assertThat(verwerking.intact()).isFalse();
      assertThat(verwerking.breuk())
          .hasValueSatisfying(b -> assertThat(b).contains("row " + rij + " was altered"));
    } finally {
      // Put it back (the chain is whole again) for the other tests of this JVM.
      LogboekDatabase.execute(
          "ALTER TABLE logboek_verwerking DISABLE TRIGGER logboek_verwerking_alleen_toevoegen",
          "UPDATE logboek_verwerking SET name = 'getAanmelding' WHERE volgnummer = " + rij,
          "ALTER TABLE logboek_verwerking ENABLE TRIGGER logboek_verwerking_alleen_toevoegen");
    }
    try (Connection c = LogboekDatabase.connect()) {
      assertThat(VerifieerKeten.verifieer(c)).allMatch(VerifieerKeten.Uitkomst::intact);
    }
  }

  /**
   * "Durable before the response leaves" must not depend on how the server is tuned: the embedded
   * PostgreSQL of the tests (like the local run's) defaults to synchronous_commit=off, which
   * acknowledges a COMMIT before its WAL is on disk. The Logboek's own connections override that.
   */
  @Test
  void theLogboekCommitsDurablyEvenWhereTheServerDefaultsToAsynchronousCommits() throws Exception {
    try (Connection superuser = LogboekDatabase.connect();
        Connection writer = logboekDatabase.getConnection()) {
      assertThat(setting(superuser, "synchronous_commit"))
          .as("premise: the test server acknowledges commits before they are flushed")
          .isEqualTo("off");
      assertThat(setting(writer, "synchronous_commit")).isEqualTo("on");
    }
  }

  private static String setting(Connection c, String name) throws SQLException {
    try (var s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW " + name)) {
      r.next();
      return r.getString(1);
    }
  }
}
