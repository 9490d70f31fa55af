package nl.wams.coordinatie.api;

import static nl.wams.coordinatie.api.Api.COORDINATOR;
import static nl.wams.coordinatie.api.Api.ONDERZOEKER;
import static nl.wams.coordinatie.api.Api.UTRECHT;
import static nl.wams.coordinatie.api.Api.actie;
import static nl.wams.coordinatie.api.Api.als;
import static nl.wams.coordinatie.api.Api.besluit;
import static nl.wams.coordinatie.api.Api.fouteInvoerAls;
import static nl.wams.coordinatie.api.Api.invalidParams;
import static nl.wams.coordinatie.api.Api.maakAanpak;
import static nl.wams.coordinatie.api.Api.plan;
import static nl.wams.coordinatie.api.Api.stelAan;
import static nl.wams.coordinatie.api.Api.vandaag;
import static nl.wams.coordinatie.api.Api.wijzig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The Wams rules of the aanpak through the API: each refusal is a problem that names the rule, and
 * leaves the aanpak as it was.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class AanpakRegelsApiTest {

  @Inject DataSource dataSource;

  private List<String> uitgaandeGebeurtenissen(String subject) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT type, data FROM outbox_event WHERE subject = ? ORDER BY time, id")) {
      select.setString(1, subject);
      List<String> uit = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Map<String, Object> data = JSON.readValue(rows.getString(2), new TypeReference<>() {});
          uit.add(
              rows.getString(1)
                  + " "
                  + data.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList());
        }
      }
      return uit;
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void mandatoryCoordinationIsNotDecidedWithoutACoordinator() {
    ExtractableResponse<Response> aanpak = maakAanpak(Onderzoek.verplicht());
    assertThat(
            invalidParams(
                wijzig(
                        ONDERZOEKER,
                        aanpak,
                        "POST",
                        "/besluit",
                        Map.of("soort", "GECOORDINEERDE_AANPAK"))
                    .statusCode(400)))
        .contains("coordinator-verplicht");
    assertThat(
            invalidParams(
                wijzig(
                        ONDERZOEKER,
                        aanpak,
                        "POST",
                        "/besluit",
                        Map.of("soort", "GEEN_COORDINATIE", "motivering", "Geen capaciteit"))
                    .statusCode(400)))
        .containsExactly("coordinatie-verplicht");
    assertThat(
            invalidParams(
                wijzig(
                        ONDERZOEKER,
                        aanpak,
                        "POST",
                        "/besluit",
                        Map.of("soort", "CLIENT_COORDINEERT_ZELF"))
                    .statusCode(400)))
        .contains("client-coordineert-niet-zelf");
    ongewijzigd(aanpak);
  }

  @Test
  void theClientCoordinatesWhenTheConclusionSaysSo() {
    ExtractableResponse<Response> aanpak =
        maakAanpak(
            Onderzoek.met(
                url -> Onderzoek.procedure(url, Api.AMSTERDAM, "COORDINATIE_VERPLICHT", true)));
    // The onderzoeker plans the evaluation: there is no coordinator.
    aanpak =
        wijzig(
                ONDERZOEKER,
                aanpak,
                "PUT",
                "/plan",
                plan(
                    List.of(),
                    List.of(Map.of("geplandOp", vandaag().plusMonths(3).toString())),
                    null))
            .statusCode(200)
            .extract();
    aanpak = besluit(aanpak, Map.of("soort", "CLIENT_COORDINEERT_ZELF"));
    assertThat(aanpak.<String>path("status")).isEqualTo("ACTIEF");
    assertThat(aanpak.<String>path("volgendeEvaluatieOp"))
        .isEqualTo(vandaag().plusMonths(3).toString());
    assertThat(aanpak.<Object>path("aanstelling")).isNull();
  }

  @Test
  void onlyAnActiveMemberOfTheSamePoolIsAppointed() {
    ExtractableResponse<Response> aanpak = maakAanpak(Onderzoek.verplicht());
    String utrechts = Api.poolLid(Api.COORDINATOR_UTRECHT, UTRECHT);
    assertThat(
            invalidParams(
                wijzig(
                        ONDERZOEKER,
                        aanpak,
                        "PUT",
                        "/aanstelling",
                        Map.of("coordinator", utrechts, "intensiteit", "LICHT"))
                    .statusCode(400)))
        .containsExactly("andere-gemeente");
    assertThat(
            invalidParams(
                wijzig(
                        ONDERZOEKER,
                        aanpak,
                        "PUT",
                        "/aanstelling",
                        Map.of(
                            "coordinator",
                            "http://elders.example/coordinatoren/" + java.util.UUID.randomUUID(),
                            "intensiteit",
                            "LICHT"))
                    .statusCode(400)))
        .containsExactly("geen-coordinator");
    ongewijzigd(aanpak);

    String lid = Api.nieuwPoolLid();
    ExtractableResponse<Response> aangesteld = stelAan(aanpak, lid);
    assertThat(aangesteld.<String>path("aanstelling.coordinator")).isEqualTo(lid);
    assertThat(aangesteld.<String>path("aanstelling.intensiteit")).isEqualTo("ZWAAR");
    assertThat(aangesteld.header("ETag")).isEqualTo("\"1\"");
  }

  @Test
  void anActiveApproachAlwaysHasAnEndOrANextEvaluation() {
    ExtractableResponse<Response> aanpak = maakAanpak(Onderzoek.verplicht());
    aanpak = stelAan(aanpak, Api.poolLid(COORDINATOR, Api.AMSTERDAM));
    // Without dates the approach does not start.
    aanpak =
        wijzig(COORDINATOR, aanpak, "PUT", "/plan", plan(List.of(), List.of(), null))
            .statusCode(200)
            .extract();
    assertThat(
            invalidParams(
                wijzig(
                        ONDERZOEKER,
                        aanpak,
                        "POST",
                        "/besluit",
                        Map.of("soort", "GECOORDINEERDE_AANPAK"))
                    .statusCode(400)))
        .containsExactly("einddatum-of-evaluatie-verplicht");

    Map<String, Object> evaluatie = Map.of("geplandOp", vandaag().plusWeeks(6).toString());
    aanpak =
        wijzig(COORDINATOR, aanpak, "PUT", "/plan", plan(List.of(), List.of(evaluatie), null))
            .statusCode(200)
            .extract();
    aanpak = besluit(aanpak, Map.of("soort", "GECOORDINEERDE_AANPAK"));
    assertThat(aanpak.<String>path("status")).isEqualTo("ACTIEF");

    // Holding the only evaluation without planning the next: refused, nothing changed.
    Map<String, Object> gehouden = new HashMap<>(evaluatie);
    gehouden.put("id", aanpak.path("plan.evaluatiemomenten[0].id"));
    gehouden.put("uitgevoerdOp", vandaag().toString());
    gehouden.put("bevindingen", "De cliënt houdt de afspraken met de Kredietbank aan.");
    assertThat(
            invalidParams(
                wijzig(
                        COORDINATOR,
                        aanpak,
                        "PUT",
                        "/plan",
                        plan(List.of(), List.of(gehouden), null))
                    .statusCode(400)))
        .containsExactly("einddatum-of-evaluatie-verplicht");
    ongewijzigd(aanpak);

    ExtractableResponse<Response> metEinde =
        wijzig(
                COORDINATOR,
                aanpak,
                "PUT",
                "/plan",
                plan(List.of(), List.of(gehouden), vandaag().plusMonths(6)))
            .statusCode(200)
            .extract();
    assertThat(metEinde.<String>path("plan.evaluatiemomenten[0].id"))
        .isEqualTo(aanpak.path("plan.evaluatiemomenten[0].id"));
    assertThat(metEinde.<String>path("plan.evaluatiemomenten[0].bevindingen"))
        .startsWith("De cliënt");
    assertThat(metEinde.<Object>path("volgendeEvaluatieOp")).isNull();
  }

  @Test
  void planRulesNameTheFieldsAndTheDataAreKept() {
    ExtractableResponse<Response> aanpak = maakAanpak(Onderzoek.optioneel());
    Map<String, Object> geblokkeerd = actie("Huurachterstand regelen", vandaag(), "GEBLOKKEERD");
    List<String> namen =
        wijzig(
                ONDERZOEKER,
                aanpak,
                "PUT",
                "/plan",
                plan(
                    List.of(geblokkeerd),
                    List.of(Map.of("geplandOp", vandaag().toString(), "bevindingen", "Vooruit")),
                    null))
            .statusCode(400)
            .extract()
            .jsonPath()
            .getList("invalidParams.name");
    assertThat(namen)
        .containsExactlyInAnyOrder("acties[0].blokkadeReden", "evaluatiemomenten[0].bevindingen");

    geblokkeerd.put("blokkadeReden", "Wacht op de verhuurder");
    ExtractableResponse<Response> metPlan =
        wijzig(ONDERZOEKER, aanpak, "PUT", "/plan", plan(List.of(geblokkeerd), List.of(), null))
            .statusCode(200)
            .extract();
    assertThat(metPlan.<String>path("plan.acties[0].blokkadeReden"))
        .isEqualTo("Wacht op de verhuurder");
    assertThat(metPlan.<String>path("plan.doelen[0].omschrijving"))
        .isEqualTo("Schulden onder controle");
    assertThat(metPlan.<String>path("plan.acties[0].id")).isNotBlank();
  }

  @Test
  void optionalCoordinationMayBeTurnedDown() {
    ExtractableResponse<Response> aanpak = maakAanpak(Onderzoek.optioneel());
    assertThat(
            invalidParams(
                wijzig(ONDERZOEKER, aanpak, "POST", "/besluit", Map.of("soort", "GEEN_COORDINATIE"))
                    .statusCode(400)))
        .containsExactly("required");
    ExtractableResponse<Response> besloten =
        besluit(
            aanpak,
            Map.of(
                "soort",
                "GEEN_COORDINATIE",
                "motivering",
                "Eén wet en wonen; consulent volstaat."));
    assertThat(besloten.<String>path("status")).isEqualTo("GEEN_COORDINATIE");
    assertThat(besloten.<String>path("besluit.genomenOp")).isNotBlank();
    // Decided once, then fixed.
    wijzig(ONDERZOEKER, besloten, "POST", "/besluit", Map.of("soort", "GECOORDINEERDE_AANPAK"))
        .statusCode(409);
    wijzig(
            ONDERZOEKER,
            besloten,
            "PUT",
            "/aanstelling",
            Map.of("coordinator", Api.nieuwPoolLid(), "intensiteit", "LICHT"))
        .statusCode(409);
  }

  @Test
  void theEndHasAReasonADateAndNothingChangesAfterwards() {
    ExtractableResponse<Response> aanpak =
        Api.actieveAanpak(
            Onderzoek.verplicht(),
            Api.poolLid(COORDINATOR, Api.AMSTERDAM),
            COORDINATOR,
            plan(List.of(), List.of(), vandaag().plusMonths(6)));
    assertThat(
            invalidParams(
                wijzig(
                        COORDINATOR,
                        aanpak,
                        "POST",
                        "/beeindiging",
                        Map.of("reden", "OVERIG", "datum", vandaag().plusDays(1).toString()))
                    .statusCode(400)))
        .containsExactlyInAnyOrder("required", "in-de-toekomst");
    assertThat(
            invalidParams(
                wijzig(
                        COORDINATOR,
                        aanpak,
                        "POST",
                        "/beeindiging",
                        Map.of("reden", "VERHUISD", "datum", "2026-01-04"))
                    .statusCode(400)))
        .containsExactly("voor-start");

    ExtractableResponse<Response> beeindigd =
        wijzig(
                COORDINATOR,
                aanpak,
                "POST",
                "/beeindiging",
                Map.of("reden", "VERHUISD", "datum", "2026-02-14"))
            .statusCode(200)
            .extract();
    assertThat(beeindigd.<String>path("status")).isEqualTo("BEEINDIGD");
    // The stub's procedure started on 5 January 2026.
    assertThat(beeindigd.<Integer>path("beeindiging.doorlooptijdDagen")).isEqualTo(40);
    // verslag learns of the end through a thin event: codes and dates, no explanation, no person.
    assertThat(uitgaandeGebeurtenissen(beeindigd.path("url")))
        .containsExactly(
            "nl.wams.coordinatie.aanpak-beeindigd "
                + Map.of(
                        "gemeentecode",
                        beeindigd.<String>path("gemeentecode"),
                        "procedure",
                        beeindigd.<String>path("procedure"),
                        "reden",
                        "VERHUISD",
                        "beeindigdOp",
                        "2026-02-14")
                    .entrySet()
                    .stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList());

    wijzig(COORDINATOR, beeindigd, "PUT", "/plan", plan(List.of(), List.of(), vandaag()))
        .statusCode(409);
    wijzig(
            COORDINATOR,
            beeindigd,
            "POST",
            "/beeindiging",
            Map.of("reden", "VERHUISD", "datum", "2026-02-15"))
        .statusCode(409);
  }

  @Test
  void changesNeedTheCurrentEtag() {
    ExtractableResponse<Response> aanpak = maakAanpak(Onderzoek.optioneel());
    String pad = "/aanpakken/" + aanpak.path("uuid") + "/plan";
    fouteInvoerAls(ONDERZOEKER)
        .body(plan(List.of(), List.of(), null))
        .put(pad)
        .then()
        .statusCode(428);
    als(ONDERZOEKER)
        .header("If-Match", "\"9\"")
        .body(plan(List.of(), List.of(), null))
        .put(pad)
        .then()
        .statusCode(412);
    ongewijzigd(aanpak);
  }

  @Test
  void unknownEnumValuesAndFieldsAreNamed() {
    ExtractableResponse<Response> aanpak = maakAanpak(Onderzoek.optioneel());
    fouteInvoerAls(ONDERZOEKER)
        .header("If-Match", aanpak.header("ETag"))
        .body(Map.of("soort", "MISSCHIEN"))
        .post("/aanpakken/{uuid}/besluit", aanpak.<String>path("uuid"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("soort"));
    fouteInvoerAls(ONDERZOEKER)
        .queryParam("status", "KLAAR")
        .get("/aanpakken")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("status"));
    als(ONDERZOEKER)
        .get("/aanpakken/{uuid}", java.util.UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("status", equalTo(404));
  }

  /** The aanpak is exactly as it was: same version, same status, same plan. */
  private static void ongewijzigd(ExtractableResponse<Response> voor) {
    ExtractableResponse<Response> nu =
        als(ONDERZOEKER)
            .get("/aanpakken/{uuid}", voor.<String>path("uuid"))
            .then()
            .statusCode(200)
            .extract();
    assertThat(nu.header("ETag")).isEqualTo(voor.header("ETag"));
    assertThat(nu.jsonPath().getMap("")).isEqualTo(voor.jsonPath().getMap(""));
  }
}
