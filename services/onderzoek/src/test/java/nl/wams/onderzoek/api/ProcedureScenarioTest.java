package nl.wams.onderzoek.api;

import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static nl.wams.onderzoek.api.Dossier.als;
import static nl.wams.onderzoek.api.Dossier.conclusie;
import static nl.wams.onderzoek.api.Dossier.fouteInvoerAls;
import static nl.wams.onderzoek.api.Dossier.hulpvraag;
import static nl.wams.onderzoek.api.Dossier.probleem;
import static nl.wams.onderzoek.api.Dossier.reikwijdte;
import static nl.wams.onderzoek.api.Dossier.start;
import static nl.wams.onderzoek.api.Dossier.verzoek;
import static nl.wams.onderzoek.api.Dossier.wijzig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The two flows of tables 4.1 (hulpvraag) and 4.2 (verzoek) through the HTTP API, with real
 * Keycloak tokens: each branch of the coordination rule, a refused gegevensverzoek, a household
 * member who refuses, a scope the client narrows and a repeated onderzoek that is flagged.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(CoordinatieStandIn.class)
class ProcedureScenarioTest {

  @Inject DataSource dataSource;

  @Test
  void hulpvraagWithProblemsUnderTwoLawsMakesCoordinationMandatory() {
    String bsn = nieuwBsn();
    ExtractableResponse<Response> dossier = start(hulpvraag(bsn));
    assertThat(dossier.<String>path("initiatief")).isEqualTo("CLIENT");
    assertThat(dossier.<String>path("onderzoeker")).isEqualTo(Dossier.ONDERZOEKER);
    assertThat(dossier.<Boolean>path("herhaaldOnderzoek")).isFalse();

    dossier = reikwijdte(dossier, "FINANCIEN", "ZELFREDZAAMHEID");
    dossier = probleem(dossier, "FINANCIEN", "WGS");
    dossier = probleem(dossier, "ZELFREDZAAMHEID", "WMO");
    dossier =
        wijzig(
            dossier,
            "/interventies",
            Map.of(
                "domein", "WMO",
                "omschrijving", "Huishoudelijke hulp",
                "aanbieder", "Thuiszorg West",
                "lopend", false,
                "vanaf", "2023-01-01",
                "tot", "2024-06-30"));
    dossier =
        wijzig(
            dossier,
            "/interventies",
            Map.of(
                "domein", "WGS",
                "omschrijving", "Budgetbeheer",
                "aanbieder", "Kredietbank",
                "lopend", true,
                "vanaf", "2026-01-01"));
    dossier =
        wijzig(
            dossier,
            "/gegevensverzoeken",
            Map.of(
                "partij", "GGZ Noord",
                "doel", "Weten of er een lopende behandeling is",
                "categorieen", List.of("gezondheid"),
                "grondslag", "Wams, art. 2.1",
                "uiterlijkOp", java.time.LocalDate.now().plusDays(14).toString()));
    String verzoek = dossier.path("gegevensverzoeken[0].id");
    dossier =
        wijzig(
            dossier,
            "/gegevensverzoeken/" + verzoek + "/antwoord",
            Map.of(
                "uitkomst",
                "GEWEIGERD",
                "weigeringsgrond",
                "Medisch beroepsgeheim; cliënt gaf geen toestemming."));
    assertThat(dossier.<String>path("gegevensverzoeken[0].antwoord.uitkomst"))
        .isEqualTo("GEWEIGERD");

    Map<String, Object> conclusie = conclusie(true);
    conclusie.put("clientCoordineertZelf", false);
    dossier = wijzig(dossier, "/conclusie", conclusie);

    assertThat(dossier.<String>path("status")).isEqualTo("AFGEROND");
    assertThat(dossier.<String>path("conclusie.uitkomst")).isEqualTo("COORDINATIE_VERPLICHT");
    assertThat(dossier.<List<String>>path("conclusie.sdWetten")).containsExactly("WMO", "WGS");
    assertThat(dossier.<List<Object>>path("interventies")).hasSize(2);
    assertThat(uitgaandeGebeurtenissen(dossier.path("url"), bsn))
        .containsExactly(
            "nl.wams.onderzoek.procedure-gestart", "nl.wams.onderzoek.conclusie-vastgesteld");
  }

  @Test
  void verzoekWithOneLawAndAnAdjacentDomainMakesCoordinationOptional() {
    Map<String, Object> zonderMotivering = verzoek(nieuwBsn());
    zonderMotivering.remove("voortdurendEnTerugkerend");
    fouteInvoerAls(Dossier.ONDERZOEKER)
        .body(zonderMotivering)
        .post("/procedures")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("voortdurendEnTerugkerend"));

    ExtractableResponse<Response> dossier = start(verzoek(nieuwBsn()));
    assertThat(dossier.<String>path("initiatief")).isEqualTo("PROFESSIONAL");
    dossier = reikwijdte(dossier, "HUISVESTING", "OPVOEDING_EN_GEZIN");
    dossier = probleem(dossier, "HUISVESTING", "WONEN");
    dossier = probleem(dossier, "OPVOEDING_EN_GEZIN", "JEUGDWET");
    dossier = wijzig(dossier, "/conclusie", conclusie(true));
    assertThat(dossier.<String>path("conclusie.uitkomst")).isEqualTo("COORDINATIE_OPTIONEEL");
  }

  @Test
  void withoutADesiredCoordinatedApproachTheHelpIsSingleTrack() {
    ExtractableResponse<Response> dossier = start(hulpvraag(nieuwBsn()));
    dossier = reikwijdte(dossier, "FINANCIEN", "WERK_EN_DAGBESTEDING");
    dossier = probleem(dossier, "FINANCIEN", "WGS");
    dossier = probleem(dossier, "WERK_EN_DAGBESTEDING", "PARTICIPATIEWET");
    dossier = wijzig(dossier, "/conclusie", conclusie(false));
    assertThat(dossier.<String>path("conclusie.uitkomst")).isEqualTo("ENKELVOUDIG");
  }

  @Test
  void problemsInOneDomainAreNoMeervoudigeProblematiek() {
    ExtractableResponse<Response> dossier = start(hulpvraag(nieuwBsn()));
    dossier = reikwijdte(dossier, "FINANCIEN");
    dossier = probleem(dossier, "FINANCIEN", "WGS");
    dossier = wijzig(dossier, "/conclusie", conclusie(true));
    assertThat(dossier.<String>path("conclusie.uitkomst"))
        .isEqualTo("GEEN_MEERVOUDIGE_PROBLEMATIEK");

    // The dossier is fixed after the conclusion.
    fouteInvoerAls(Dossier.ONDERZOEKER)
        .header("If-Match", dossier.header("ETag"))
        .body(Map.of("leefgebied", "FINANCIEN", "domein", "WMO", "omschrijving", "Nog iets"))
        .post("/procedures/{uuid}/problemen", dossier.<String>path("uuid"))
        .then()
        .statusCode(409);
  }

  @Test
  void aHouseholdMemberWhoRefusesLeavesNoDataBehind() {
    ExtractableResponse<Response> dossier = start(hulpvraag(nieuwBsn()));
    dossier = reikwijdte(dossier, "OPVOEDING_EN_GEZIN");
    dossier =
        wijzig(
            dossier,
            "/huishoudleden",
            Map.of(
                "relatie",
                "PARTNER",
                "bsn",
                nieuwBsn(),
                "omschrijving",
                "Partner",
                "medewerking",
                true));
    String lid = dossier.path("huishoudleden[0].id");
    dossier =
        wijzig(
            dossier,
            "/problemen",
            Map.of(
                "leefgebied",
                "OPVOEDING_EN_GEZIN",
                "domein",
                "JEUGDWET",
                "omschrijving",
                "Over de partner",
                "huishoudlid",
                lid));

    dossier = wijzig(dossier, "/huishoudleden/" + lid + "/weigering", null);

    assertThat(dossier.<Map<String, Object>>path("huishoudleden[0]"))
        .containsEntry("medewerking", false)
        .doesNotContainKeys("bsn", "omschrijving");
    assertThat(dossier.<List<Object>>path("problemen")).isEmpty();
  }

  @Test
  void theClientNarrowsTheScopeAndBroadeningNeedsSeriousProblems() {
    ExtractableResponse<Response> dossier = start(hulpvraag(nieuwBsn()));
    dossier = reikwijdte(dossier, "FINANCIEN", "HUISVESTING");
    dossier = probleem(dossier, "FINANCIEN", "WGS");
    dossier = probleem(dossier, "HUISVESTING", "WONEN");

    dossier = reikwijdte(dossier, "FINANCIEN");
    assertThat(dossier.<List<String>>path("problemen.leefgebied")).containsExactly("FINANCIEN");

    fouteInvoerAls(Dossier.ONDERZOEKER)
        .header("If-Match", dossier.header("ETag"))
        .body(Map.of("leefgebieden", List.of("FINANCIEN"), "verbreding", List.of("VEILIGHEID")))
        .put("/procedures/{uuid}/reikwijdte", dossier.<String>path("uuid"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("motiveringErnstigeProblematiek"));
    dossier =
        wijzig(
            dossier,
            "/reikwijdte",
            Map.of(
                "leefgebieden", List.of("FINANCIEN"),
                "verbreding", List.of("VEILIGHEID"),
                "motiveringErnstigeProblematiek",
                    "Signalen van huiselijk geweld van Veilig Thuis."));
    assertThat(dossier.<List<String>>path("reikwijdte.verbreding")).containsExactly("VEILIGHEID");
  }

  @Test
  void aRepeatedOnderzoekWithinTwelveMonthsIsFlaggedAndMotivated() {
    String bsn = nieuwBsn();
    start(hulpvraag(bsn));

    fouteInvoerAls(Dossier.ONDERZOEKER)
        .body(hulpvraag(bsn))
        .post("/procedures")
        .then()
        .statusCode(400)
        .body("invalidParams[0].code", equalTo("herhaald-onderzoek"));

    Map<String, Object> opnieuw = hulpvraag(bsn);
    opnieuw.put(
        "herhalingMotivering", "Nieuwe hulpvraag na verhuizing; eerdere aanpak afgesloten.");
    ExtractableResponse<Response> tweede = start(opnieuw);
    assertThat(tweede.<Boolean>path("herhaaldOnderzoek")).isTrue();

    List<Boolean> herhaald =
        als(Dossier.ONDERZOEKER)
            .body(Map.of("bsn", bsn))
            .post("/procedures/_zoek")
            .then()
            .statusCode(200)
            .body("count", equalTo(2))
            .extract()
            .jsonPath()
            .getList("results.herhaaldOnderzoek");
    assertThat(herhaald).containsExactly(true, false);
  }

  /** The types of the events about a procedure, each checked to carry no BSN. */
  private List<String> uitgaandeGebeurtenissen(String procedureUrl, String bsn) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT type, data FROM outbox_event WHERE subject = ? ORDER BY time, id")) {
      select.setString(1, procedureUrl);
      try (ResultSet rows = select.executeQuery()) {
        List<String> types = new java.util.ArrayList<>();
        while (rows.next()) {
          types.add(rows.getString(1));
          assertThat(rows.getString(2)).doesNotContain(bsn);
        }
        return types;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
