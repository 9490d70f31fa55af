package nl.wams.casusoverleg.api;

import static nl.wams.casusoverleg.api.Api.AMSTERDAM;
import static nl.wams.casusoverleg.api.Api.COORDINATOR;
import static nl.wams.casusoverleg.api.Api.GGZ;
import static nl.wams.casusoverleg.api.Api.ONDERZOEKER;
import static nl.wams.casusoverleg.api.Api.als;
import static nl.wams.casusoverleg.api.Api.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Planning, participants, invitations, the afronding and agreements, with their events. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class OverleggenApiTest {

  @Inject DataSource dataSource;

  @Test
  void anOnderzoekerPlansAnOverlegAboutAProcedureInOnderzoek() {
    URI procedure = Onderzoek.inOnderzoek();

    ExtractableResponse<Response> overleg =
        als(ONDERZOEKER)
            .body(Api.geidentificeerd(procedure, "ONDERZOEK"))
            .post("/overleggen")
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("soort", equalTo("GEIDENTIFICEERD"))
            .body("fase", equalTo("ONDERZOEK"))
            .body("status", equalTo("GEPLAND"))
            .body("gemeentecode", equalTo(AMSTERDAM))
            .body("organisator", equalTo(ONDERZOEKER))
            .body("procedure", equalTo(procedure.toString()))
            .extract();

    assertThat(overleg.header("Location")).isEqualTo(overleg.<String>path("url"));
    assertThat(overleg.asString()).doesNotContain(Onderzoek.BSN);
    // The procedure was fetched with the onderzoeker's own token.
    assertThat(Onderzoek.aanroepen(procedure).path("authorization").asText())
        .isEqualTo("Bearer " + nl.wams.commons.test.Tokens.accessToken(ONDERZOEKER));
    als(ONDERZOEKER)
        .get("/overleggen/{uuid}", overleg.<String>path("uuid"))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("onderwerp", equalTo(overleg.path("onderwerp")));
  }

  @Test
  void theCoordinatorPlansAnOverlegInTheExecutionPhase() {
    Casus.gepland(COORDINATOR, Api.geidentificeerd(Onderzoek.metAanpak(), "UITVOERING"));

    als(COORDINATOR)
        .body(Api.geidentificeerd(Onderzoek.metAanpak(), "ONDERZOEK"))
        .post("/overleggen")
        .then()
        .statusCode(403);
    als(ONDERZOEKER)
        .body(Api.geidentificeerd(Onderzoek.metAanpak(), "UITVOERING"))
        .post("/overleggen")
        .then()
        .statusCode(403);
  }

  @Test
  void thePhaseMustFitTheProcedure() {
    als(ONDERZOEKER)
        .body(Api.geidentificeerd(Onderzoek.metAanpak(), "ONDERZOEK"))
        .post("/overleggen")
        .then()
        .statusCode(409);
    als(COORDINATOR)
        .body(Api.geidentificeerd(Onderzoek.enkelvoudig(), "UITVOERING"))
        .post("/overleggen")
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("COORDINATIE_VERPLICHT"));
  }

  @Test
  void anAnonymousOverlegTakesTheOrganisersMunicipalityAndNoProcedure() {
    als(ONDERZOEKER)
        .body(Api.anoniem("Gezin met schulden en schooluitval; welke aanpak?"))
        .post("/overleggen")
        .then()
        .statusCode(201)
        .body("soort", equalTo("ANONIEM"))
        .body("gemeentecode", equalTo(AMSTERDAM))
        .body("procedure", nullValue());
  }

  @Test
  void aRepeatedPlanWithTheSameKeyAnswersTheSameOverleg() {
    Map<String, Object> body = Api.anoniem("Casus met herhaalde aanvraag");
    String sleutel = UUID.randomUUID().toString();
    String eerste =
        als(ONDERZOEKER)
            .header("Idempotency-Key", sleutel)
            .body(body)
            .post("/overleggen")
            .then()
            .statusCode(201)
            .extract()
            .path("uuid");
    als(ONDERZOEKER)
        .header("Idempotency-Key", sleutel)
        .body(body)
        .post("/overleggen")
        .then()
        .statusCode(201)
        .body("uuid", equalTo(eerste));
  }

  @Test
  void participantsInvitationsTheAfrondingAndAgreements() {
    Casus casus =
        Casus.gepland(ONDERZOEKER, Api.geidentificeerd(Onderzoek.inOnderzoek(), "ONDERZOEK"));
    String ggz = casus.deelnemer(GGZ, "ZORG", false);
    String corporatie = casus.deelnemer(Api.CORPORATIE, "WONEN", true);
    assertThat(casus.etag()).isEqualTo("\"2\"");

    // Not before someone was invited (table 4.3).
    assertThat(
            invalidParams(
                casus
                    .post(ONDERZOEKER, "/afronding", afronding(List.of(ggz), List.of()))
                    .statusCode(400)))
        .containsExactly("uitnodiging-ontbreekt");

    String client = casus.uitnodiging("CLIENT");
    casus
        .post(
            ONDERZOEKER,
            "/uitnodigingen",
            Map.of(
                "genodigde",
                "CLIENTONDERSTEUNER",
                "naam",
                "MEE Amstel en Zaan",
                "uitgenodigdOp",
                LocalDate.now().toString(),
                "wijze",
                "TELEFONISCH"))
        .statusCode(201)
        .body("naam", equalTo("MEE Amstel en Zaan"))
        .body("aanwezig", nullValue());

    String afspraak =
        casus
            .post(
                ONDERZOEKER,
                "/afspraken",
                Map.of(
                    "omschrijving",
                    "Betalingsregeling voor de huurachterstand voorstellen",
                    "partij",
                    corporatie,
                    "deadline",
                    LocalDate.now().plusWeeks(2).toString()))
            .statusCode(201)
            .body("vastgelegdOp", notNullValue())
            .extract()
            .path("id");

    ExtractableResponse<Response> gehouden =
        casus
            .post(ONDERZOEKER, "/afronding", afronding(List.of(ggz, corporatie), List.of(client)))
            .statusCode(200)
            .body("status", equalTo("GEHOUDEN"))
            .body("deelnemers.aanwezig", equalTo(List.of(true, true)))
            .body("uitnodigingen.aanwezig", equalTo(List.of(true, false)))
            .extract();
    assertThat(gehouden.<String>path("gehoudenOp")).isNotNull();

    // Once held: no second afronding, no new participants; agreements may still be recorded.
    casus.post(ONDERZOEKER, "/afronding", afronding(List.of(ggz), List.of())).statusCode(409);
    casus
        .post(ONDERZOEKER, "/deelnemers", Api.deelnemer("UWV", "WERK_INKOMEN", true))
        .statusCode(409);
    casus
        .post(
            ONDERZOEKER,
            "/afspraken",
            Map.of("omschrijving", "Evaluatie plannen", "partij", ggz, "deadline", "2026-12-01"))
        .statusCode(201);

    List<Map<String, String>> gebeurtenissen = gebeurtenissen(casus.url);
    assertThat(gebeurtenissen)
        .extracting(g -> g.get("type"))
        .containsExactly(
            "nl.wams.casusoverleg.afspraak-vastgelegd",
            "nl.wams.casusoverleg.overleg-gehouden",
            "nl.wams.casusoverleg.afspraak-vastgelegd");
    assertThat(gebeurtenissen.get(0).get("data")).contains(afspraak).contains(AMSTERDAM);
    assertThat(gebeurtenissen.get(1).get("data")).contains("\"domeinen\":[\"ZORG\",\"WONEN\"]");
    // The participating organisations (no persons) for verslag's indicators.
    assertThat(gebeurtenissen.get(1).get("data")).contains("\"organisaties\":[\"" + Api.GGZ);
    for (Map<String, String> gebeurtenis : gebeurtenissen) {
      assertThat(gebeurtenis.get("data"))
          .doesNotContain(Onderzoek.BSN)
          .doesNotContain("MEE Amstel")
          .doesNotContain("Betalingsregeling")
          .doesNotContain("psychische");
    }
  }

  @Test
  void theListShowsTheMunicipalitysOverleggenNewestFirstPagedAndFiltered() {
    URI procedure = Onderzoek.inOnderzoek();
    Casus eerste = Casus.gepland(ONDERZOEKER, Api.geidentificeerd(procedure, "ONDERZOEK"));
    Casus tweede = Casus.gepland(ONDERZOEKER, Api.geidentificeerd(procedure, "ONDERZOEK"));
    Casus.gepland(ONDERZOEKER, Api.anoniem("Een andere casus"));

    ExtractableResponse<Response> pagina =
        als(ONDERZOEKER)
            .queryParam("procedure", procedure.toString())
            .queryParam("pageSize", 1)
            .get("/overleggen")
            .then()
            .statusCode(200)
            .body("count", equalTo(2))
            .body("results[0].uuid", equalTo(tweede.uuid))
            .body("previous", nullValue())
            .extract();
    String volgende = pagina.path("next");
    assertThat(volgende).contains("page=2").contains("pageSize=1");
    als(ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .queryParam("pageSize", 1)
        .queryParam("page", 2)
        .get("/overleggen")
        .then()
        .statusCode(200)
        .body("results[0].uuid", equalTo(eerste.uuid))
        .body("next", nullValue());
    als(ONDERZOEKER)
        .queryParam("soort", "ANONIEM")
        .queryParam("pageSize", 100)
        .get("/overleggen")
        .then()
        .statusCode(200)
        .body("results.soort", org.hamcrest.Matchers.everyItem(equalTo("ANONIEM")));
  }

  static Map<String, Object> afronding(List<String> deelnemers, List<String> uitgenodigden) {
    return Map.of(
        "gehoudenOp",
        Api.nu(),
        "aanwezigeDeelnemers",
        deelnemers,
        "aanwezigeUitgenodigden",
        uitgenodigden);
  }

  private List<Map<String, String>> gebeurtenissen(String overleg) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT type, data FROM outbox_event WHERE subject = ? ORDER BY time, id")) {
      select.setString(1, overleg);
      try (ResultSet rows = select.executeQuery()) {
        List<Map<String, String>> gebeurtenissen = new ArrayList<>();
        while (rows.next()) {
          gebeurtenissen.add(Map.of("type", rows.getString(1), "data", rows.getString(2)));
        }
        return gebeurtenissen;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
