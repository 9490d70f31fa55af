package nl.wams.coordinatie.api;

import static nl.wams.coordinatie.api.Api.ONDERZOEKER;
import static nl.wams.coordinatie.api.Api.actie;
import static nl.wams.coordinatie.api.Api.als;
import static nl.wams.coordinatie.api.Api.plan;
import static nl.wams.coordinatie.api.Api.vandaag;
import static nl.wams.coordinatie.api.Api.wijzig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The workflow view through the API: late, blocked and overdue, per coordinator and per aanpak,
 * paged in a fixed order. Dates in the past are how a plan gets late without waiting for it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class WerkvoorraadApiTest {

  @Test
  void lateBlockedAndOverdueArePerCoordinatorInAFixedOrder() {
    String coordinator = Api.nieuwPoolLid();
    Map<String, Object> geblokkeerd =
        actie("Inkomen aanvragen", vandaag().plusDays(3), "GEBLOKKEERD");
    geblokkeerd.put("blokkadeReden", "UWV wacht op een handtekening");
    ExtractableResponse<Response> eerste =
        actief(
            coordinator,
            plan(
                List.of(
                    actie("Budgetplan maken", vandaag().minusDays(5), "BEZIG"),
                    actie("Al klaar", vandaag().minusDays(9), "AFGEROND"),
                    geblokkeerd),
                List.of(Map.of("geplandOp", vandaag().minusDays(1).toString())),
                vandaag().plusMonths(6)));
    ExtractableResponse<Response> tweede =
        actief(
            coordinator,
            plan(
                List.of(actie("Huur betalen", vandaag().minusDays(20), "OPEN")),
                List.of(),
                vandaag().minusDays(2)));
    // Not started yet: no workflow.
    Api.stelAan(Api.maakAanpak(Onderzoek.verplicht()), coordinator);

    JsonPath werkvoorraad =
        als(ONDERZOEKER)
            .queryParam("coordinator", Api.uuid(coordinator))
            .get("/werkvoorraad")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(werkvoorraad.getInt("count")).isEqualTo(5);
    List<Map<String, Object>> signalen = werkvoorraad.getList("results");
    assertThat(signalen)
        .extracting(s -> s.get("soort"), s -> s.get("aanpak"), s -> s.get("dagenTeLaat"))
        .containsExactly(
            tuple("ACTIE_TE_LAAT", tweede.path("url"), 20),
            tuple("ACTIE_TE_LAAT", eerste.path("url"), 5),
            tuple("EINDDATUM_VERSTREKEN", tweede.path("url"), 2),
            tuple("EVALUATIE_VERLOPEN", eerste.path("url"), 1),
            tuple("ACTIE_GEBLOKKEERD", eerste.path("url"), 0));
    Map<String, Object> blokkade = signalen.get(4);
    assertThat(blokkade.get("blokkadeReden")).isEqualTo("UWV wacht op een handtekening");
    assertThat(blokkade.get("coordinator")).isEqualTo(coordinator);
    assertThat(blokkade.get("actie")).isEqualTo(eerste.path("plan.acties[2].id"));
    assertThat(blokkade.get("procedure")).isEqualTo(eerste.path("procedure"));
    assertThat(signalen.get(3).get("evaluatiemoment"))
        .isEqualTo(eerste.path("plan.evaluatiemomenten[0].id"));

    // The aanpakken of this coordinator, newest first.
    assertThat(
            als(ONDERZOEKER)
                .queryParam("coordinator", Api.uuid(coordinator))
                .get("/aanpakken")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("results.status"))
        .containsExactly("NIEUW", "ACTIEF", "ACTIEF");

    // The overdue evaluation shows on the aanpak too.
    assertThat(eerste.<Boolean>path("evaluatieVerlopen")).isTrue();
    assertThat(tweede.<Boolean>path("evaluatieVerlopen")).isFalse();
  }

  @Test
  void perAanpakPerSoortAndPaged() {
    String coordinator = Api.nieuwPoolLid();
    ExtractableResponse<Response> aanpak =
        actief(
            coordinator,
            plan(
                List.of(
                    actie("Een", vandaag().minusDays(3), "OPEN"),
                    actie("Twee", vandaag().minusDays(2), "OPEN"),
                    actie("Drie", vandaag().minusDays(1), "BEZIG")),
                List.of(Map.of("geplandOp", vandaag().minusDays(4).toString())),
                null));

    ExtractableResponse<Response> pagina1 =
        als(ONDERZOEKER)
            .queryParam("aanpak", aanpak.<String>path("uuid"))
            .queryParam("soort", "ACTIE_TE_LAAT")
            .queryParam("pageSize", 2)
            .get("/werkvoorraad")
            .then()
            .statusCode(200)
            .extract();
    assertThat(pagina1.<Integer>path("count")).isEqualTo(3);
    assertThat(pagina1.<List<String>>path("results.omschrijving")).containsExactly("Een", "Twee");
    String volgende = pagina1.path("next");
    assertThat(volgende).contains("soort=ACTIE_TE_LAAT").contains("aanpak=" + aanpak.path("uuid"));

    ExtractableResponse<Response> pagina2 =
        als(ONDERZOEKER).get(Api.pad(volgende)).then().statusCode(200).extract();
    assertThat(pagina2.<List<String>>path("results.omschrijving")).containsExactly("Drie");
    assertThat(pagina2.<Object>path("next")).isNull();
    assertThat(pagina2.<String>path("previous")).contains("page=1");
  }

  @Test
  void whatIsDoneLeavesTheWorkflow() {
    String coordinator = Api.nieuwPoolLid();
    ExtractableResponse<Response> aanpak =
        actief(
            coordinator,
            plan(
                List.of(actie("Te laat", vandaag().minusDays(3), "OPEN")),
                List.of(),
                vandaag().plusMonths(2)));
    assertThat(signalen(aanpak)).isEqualTo(1);

    Map<String, Object> afgerond = actie("Te laat", vandaag().minusDays(3), "AFGEROND");
    afgerond.put("id", aanpak.path("plan.acties[0].id"));
    // The plan belongs to the coordinator; this one has no login, so the onderzoeker replaces them.
    ExtractableResponse<Response> metCoordinator =
        Api.stelAan(aanpak, Api.poolLid(Api.COORDINATOR, Api.AMSTERDAM));
    wijzig(
            Api.COORDINATOR,
            metCoordinator,
            "PUT",
            "/plan",
            plan(List.of(afgerond), List.of(), vandaag().plusMonths(2)))
        .statusCode(200);
    assertThat(signalen(aanpak)).isZero();
  }

  private static int signalen(ExtractableResponse<Response> aanpak) {
    return als(ONDERZOEKER)
        .queryParam("aanpak", aanpak.<String>path("uuid"))
        .get("/werkvoorraad")
        .then()
        .statusCode(200)
        .extract()
        .path("count");
  }

  /**
   * An active aanpak with this plan. The coordinator has no login, so the onderzoeker writes the
   * plan before appointing them.
   */
  private static ExtractableResponse<Response> actief(
      String coordinator, Map<String, Object> plan) {
    ExtractableResponse<Response> aanpak = Api.maakAanpak(Onderzoek.verplicht());
    aanpak =
        wijzig(ONDERZOEKER, aanpak, "PUT", "/plan", new HashMap<>(plan)).statusCode(200).extract();
    aanpak = Api.stelAan(aanpak, coordinator);
    return Api.besluit(aanpak, Map.of("soort", "GECOORDINEERDE_AANPAK"));
  }
}
