package nl.wams.verslag.api;

import static nl.wams.verslag.api.Api.GGZ;
import static nl.wams.verslag.api.Api.ONDERZOEKER;
import static nl.wams.verslag.api.Api.ONDERZOEKER_UTRECHT;
import static nl.wams.verslag.api.Api.PARTNER_CORPORATIE;
import static nl.wams.verslag.api.Api.PARTNER_GGZ;
import static nl.wams.verslag.api.Api.als;
import static nl.wams.verslag.api.Api.fouteInvoerAls;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Every answer of verslag that discloses a report or part of one names exactly the people of the
 * overleg's procedure (header Wams-Betrokkenen, for the gateway's Logboek): the betrokkene and the
 * household members, as the real onderzoek names them, asked with verslag's own token from the real
 * Keycloak. An anonymous overleg's report names nobody; a refusal names nobody. (Onderzoek away:
 * OnderzoekOnbereikbaarTest.)
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(EchtCasusoverleg.class)
class BetrokkenenApiTest {

  @Inject DataSource database;

  @Test
  void everyAnswerThatDisclosesTheReportNamesExactlyThePeopleOfItsProcedure() {
    Procedures.Procedure procedure = Procedures.inOnderzoek(2);
    Set<String> mensen = procedure.mensen();
    assertThat(mensen).hasSize(3);
    Overleg overleg = Overleg.gehouden(procedure.url());
    String ggz = overleg.deelnemers.get(GGZ);

    String sleutel = UUID.randomUUID().toString();
    ExtractableResponse<Response> concept = stelOp(overleg, sleutel);
    assertThat(genoemd(concept)).isEqualTo(mensen);
    String uuid = concept.path("uuid");
    String verslag = "/verslagen/" + uuid;
    // An idempotent replay discloses the same report, so it names them too.
    ExtractableResponse<Response> herhaald = stelOp(overleg, sleutel);
    assertThat((String) herhaald.path("uuid")).isEqualTo(uuid);
    assertThat(genoemd(herhaald)).isEqualTo(mensen);

    assertThat(genoemd(ok(als(ONDERZOEKER).get(verslag)))).isEqualTo(mensen);
    assertThat(genoemd(ok(als(ONDERZOEKER).accept("application/pdf").get(verslag))))
        .isEqualTo(mensen);
    assertThat(genoemd(ok(als(ONDERZOEKER).get(verslag + "/versies/1")))).isEqualTo(mensen);
    assertThat(genoemd(ok(als(ONDERZOEKER).queryParam("overleg", overleg.url).get("/verslagen"))))
        .isEqualTo(mensen);

    ExtractableResponse<Response> vernieuwd =
        ok(
            als(ONDERZOEKER)
                .header("If-Match", concept.header("ETag"))
                .post(verslag + "/vernieuwing"));
    assertThat(genoemd(vernieuwd)).isEqualTo(mensen);
    ExtractableResponse<Response> vastgesteld =
        ok(
            als(ONDERZOEKER)
                .header("If-Match", vernieuwd.header("ETag"))
                .post(verslag + "/vaststelling"));
    assertThat(genoemd(vastgesteld)).isEqualTo(mensen);
    ExtractableResponse<Response> verstrekt =
        ok(
            als(ONDERZOEKER)
                .header("If-Match", vastgesteld.header("ETag"))
                .post(verslag + "/verstrekkingen"));
    assertThat(genoemd(verstrekt)).isEqualTo(mensen);
    assertThat(genoemd(ok(als(ONDERZOEKER).get(verslag + "/verstrekkingen")))).isEqualTo(mensen);

    // The parts, for the organiser and for the partner that received it, as JSON and as PDF.
    for (String lezer : new String[] {ONDERZOEKER, PARTNER_GGZ}) {
      assertThat(genoemd(ok(als(lezer).get(verslag + "/delen/" + ggz)))).isEqualTo(mensen);
      assertThat(genoemd(ok(als(lezer).accept("application/pdf").get(verslag + "/delen/" + ggz))))
          .isEqualTo(mensen);
    }
    assertThat(genoemd(ok(als(PARTNER_GGZ).queryParam("overleg", overleg.url).get("/verslagen"))))
        .isEqualTo(mensen);

    // Refused or unknown: nothing disclosed, nobody named.
    assertThat(genoemd(status(403, fouteInvoerAls(ONDERZOEKER_UTRECHT).get(verslag)))).isEmpty();
    assertThat(
            genoemd(
                status(
                    403,
                    fouteInvoerAls(PARTNER_CORPORATIE)
                        .get(verslag + "/delen/" + overleg.deelnemers.get(GGZ)))))
        .isEmpty();
    assertThat(
            genoemd(
                status(404, fouteInvoerAls(ONDERZOEKER).get("/verslagen/" + UUID.randomUUID()))))
        .isEmpty();
  }

  @Test
  void aPageOfReportsNamesThePeopleOfEveryProcedureOnIt() {
    Procedures.Procedure eerste = Procedures.inOnderzoek(1);
    Procedures.Procedure tweede = Procedures.inOnderzoek(0);
    stelOp(Overleg.gehouden(eerste.url()), UUID.randomUUID().toString());
    stelOp(Overleg.gehouden(tweede.url()), UUID.randomUUID().toString());
    stelOp(Overleg.gehouden(null), UUID.randomUUID().toString());

    // Newest first: the anonymous overleg's report and the two above (tests run one at a time).
    ExtractableResponse<Response> pagina =
        ok(als(ONDERZOEKER).queryParam("pageSize", 3).get("/verslagen"));
    assertThat(pagina.jsonPath().getList("results")).hasSize(3);
    Set<String> beide = new java.util.HashSet<>(eerste.mensen());
    beide.addAll(tweede.mensen());
    assertThat(genoemd(pagina)).isEqualTo(beide);
    // Only the anonymous one on the page: nobody.
    assertThat(genoemd(ok(als(ONDERZOEKER).queryParam("pageSize", 1).get("/verslagen")))).isEmpty();
  }

  @Test
  void anAnonymousOverlegsReportNamesNobody() {
    Overleg overleg = Overleg.gehouden(null);
    ExtractableResponse<Response> concept = stelOp(overleg, UUID.randomUUID().toString());
    String verslag = "/verslagen/" + concept.path("uuid");
    assertThat(genoemd(concept)).isEmpty();
    ExtractableResponse<Response> vastgesteld =
        ok(
            als(ONDERZOEKER)
                .header("If-Match", concept.header("ETag"))
                .post(verslag + "/vaststelling"));
    assertThat(genoemd(vastgesteld)).isEmpty();
    ExtractableResponse<Response> verstrekt =
        ok(
            als(ONDERZOEKER)
                .header("If-Match", vastgesteld.header("ETag"))
                .post(verslag + "/verstrekkingen"));
    assertThat(genoemd(verstrekt)).isEmpty();
    assertThat(genoemd(ok(als(ONDERZOEKER).get(verslag)))).isEmpty();
    assertThat(genoemd(ok(als(ONDERZOEKER).accept("application/pdf").get(verslag)))).isEmpty();
    assertThat(genoemd(ok(als(ONDERZOEKER).get(verslag + "/versies/1")))).isEmpty();
    assertThat(genoemd(ok(als(ONDERZOEKER).get(verslag + "/verstrekkingen")))).isEmpty();
    assertThat(genoemd(ok(als(PARTNER_GGZ).get(verslag + "/delen/" + overleg.deelnemers.get(GGZ)))))
        .isEmpty();
    assertThat(
            genoemd(
                ok(
                    als(ONDERZOEKER)
                        .header("If-Match", verstrekt.header("ETag"))
                        .post(verslag + "/vernieuwing"))))
        .isEmpty();
  }

  /**
   * A report drafted before verslag kept the procedure (the V2 migration leaves it unknown) learns
   * it from casusoverleg on its next answer, names the people, and keeps its version (ETag).
   */
  @Test
  void aReportDraftedBeforeTheProcedureWasKeptLearnsItOnItsNextAnswer() throws SQLException {
    Procedures.Procedure procedure = Procedures.inOnderzoek(1);
    Overleg overleg = Overleg.gehouden(procedure.url());
    ExtractableResponse<Response> concept = stelOp(overleg, UUID.randomUUID().toString());
    String uuid = concept.path("uuid");
    alsVoorDeMigratie(uuid);
    assertThat(procedureIn(uuid)).isEqualTo(Map.of("bekend", false));

    ExtractableResponse<Response> gelezen = ok(als(ONDERZOEKER).get("/verslagen/" + uuid));
    assertThat(genoemd(gelezen)).isEqualTo(procedure.mensen());
    assertThat(gelezen.header("ETag")).isEqualTo(concept.header("ETag"));
    assertThat(procedureIn(uuid)).isEqualTo(Map.of("bekend", true, "procedure", procedure.url()));

    // An anonymous one learns that it is anonymous: nobody, from now on without asking.
    Overleg anoniem = Overleg.gehouden(null);
    String anoniemUuid = stelOp(anoniem, UUID.randomUUID().toString()).path("uuid");
    alsVoorDeMigratie(anoniemUuid);
    assertThat(genoemd(ok(als(ONDERZOEKER).queryParam("overleg", anoniem.url).get("/verslagen"))))
        .isEmpty();
    assertThat(procedureIn(anoniemUuid)).isEqualTo(Map.of("bekend", true));
  }

  /** Makes the report's row as the V2 migration leaves a report drafted before it. */
  private void alsVoorDeMigratie(String uuid) throws SQLException {
    try (Connection verbinding = database.getConnection();
        PreparedStatement update =
            verbinding.prepareStatement(
                "UPDATE verslag SET procedure = NULL, procedure_bekend = false WHERE id = ?")) {
      update.setObject(1, UUID.fromString(uuid));
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  /** What the report's row holds of the procedure: {@code bekend}, and {@code procedure} if set. */
  private Map<String, Object> procedureIn(String uuid) throws SQLException {
    try (Connection verbinding = database.getConnection();
        PreparedStatement select =
            verbinding.prepareStatement(
                "SELECT procedure, procedure_bekend FROM verslag WHERE id = ?")) {
      select.setObject(1, UUID.fromString(uuid));
      try (ResultSet rij = select.executeQuery()) {
        assertThat(rij.next()).isTrue();
        String url = rij.getString("procedure");
        boolean bekend = rij.getBoolean("procedure_bekend");
        return url == null ? Map.of("bekend", bekend) : Map.of("bekend", bekend, "procedure", url);
      }
    }
  }

  private static ExtractableResponse<Response> stelOp(Overleg overleg, String sleutel) {
    return als(ONDERZOEKER)
        .header("Idempotency-Key", sleutel)
        .body(Map.of("overleg", overleg.url))
        .post("/verslagen")
        .then()
        .statusCode(201)
        .extract();
  }

  private static ExtractableResponse<Response> ok(Response antwoord) {
    return status(200, antwoord);
  }

  private static ExtractableResponse<Response> status(int status, Response antwoord) {
    return antwoord.then().statusCode(status).extract();
  }

  /** The BSNs the answer names in Wams-Betrokkenen (none when the header is absent). */
  static Set<String> genoemd(ExtractableResponse<Response> antwoord) {
    String header = antwoord.header(Betrokkenen.HEADER);
    return header == null ? Set.of() : Set.of(header.split(","));
  }
}
