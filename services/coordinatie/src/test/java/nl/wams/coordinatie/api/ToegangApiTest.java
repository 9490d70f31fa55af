package nl.wams.coordinatie.api;

import static nl.wams.coordinatie.api.Api.AMSTERDAM;
import static nl.wams.coordinatie.api.Api.BEHEERDER;
import static nl.wams.coordinatie.api.Api.COORDINATOR;
import static nl.wams.coordinatie.api.Api.COORDINATOR_PARTNER;
import static nl.wams.coordinatie.api.Api.COORDINATOR_UTRECHT;
import static nl.wams.coordinatie.api.Api.ONDERZOEKER;
import static nl.wams.coordinatie.api.Api.ONDERZOEKER_UTRECHT;
import static nl.wams.coordinatie.api.Api.actie;
import static nl.wams.coordinatie.api.Api.als;
import static nl.wams.coordinatie.api.Api.plan;
import static nl.wams.coordinatie.api.Api.vandaag;
import static nl.wams.coordinatie.api.Api.wijzig;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Object-level access with real tokens: 403 on one aanpak, silently absent from lists and the
 * workflow view, for everyone who is not the appointed coordinator or an onderzoeker of the
 * municipality.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class ToegangApiTest {

  @Test
  void onlyTheAppointedCoordinatorAndTheMunicipalitysOnderzoekersSeeAnAanpak() {
    String coordinator = Api.poolLid(COORDINATOR, AMSTERDAM);
    ExtractableResponse<Response> aanpak =
        Api.actieveAanpak(
            Onderzoek.verplicht(),
            coordinator,
            COORDINATOR,
            plan(
                List.of(actie("Te laat", vandaag().minusDays(2), "OPEN")),
                List.of(),
                vandaag().plusMonths(3)));
    String uuid = aanpak.path("uuid");
    String procedure = aanpak.path("procedure");

    for (String gebruiker : List.of(COORDINATOR, ONDERZOEKER)) {
      als(gebruiker).get("/aanpakken/{uuid}", uuid).then().statusCode(200);
      assertThat(zichtbaar(gebruiker, procedure)).as(gebruiker).isTrue();
      assertThat(inWerkvoorraad(gebruiker, uuid)).as(gebruiker).isTrue();
    }
    for (String gebruiker :
        List.of(
            COORDINATOR_PARTNER,
            COORDINATOR_UTRECHT,
            ONDERZOEKER_UTRECHT,
            BEHEERDER,
            "consulent-wmo-ams")) {
      als(gebruiker)
          .get("/aanpakken/{uuid}", uuid)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      assertThat(zichtbaar(gebruiker, procedure)).as(gebruiker).isFalse();
      assertThat(inWerkvoorraad(gebruiker, uuid)).as(gebruiker).isFalse();
    }
  }

  @Test
  void othersCannotChangeWhatTheyMaySee() {
    String coordinator = Api.poolLid(COORDINATOR, AMSTERDAM);
    ExtractableResponse<Response> aanpak =
        Api.actieveAanpak(
            Onderzoek.verplicht(),
            coordinator,
            COORDINATOR,
            plan(List.of(), List.of(), vandaag().plusMonths(3)));

    // Another coordinator, even of the same municipality, is refused; so is the onderzoeker for
    // the plan, which is the coordinator's.
    wijzig(COORDINATOR_PARTNER, aanpak, "PUT", "/plan", plan(List.of(), List.of(), vandaag()))
        .statusCode(403);
    wijzig(ONDERZOEKER, aanpak, "PUT", "/plan", plan(List.of(), List.of(), vandaag()))
        .statusCode(403);
    wijzig(
            ONDERZOEKER_UTRECHT,
            aanpak,
            "POST",
            "/beeindiging",
            Map.of("reden", "VERHUISD", "datum", vandaag().toString()))
        .statusCode(403);
    // The coordinator does not appoint, not even someone else.
    wijzig(
            COORDINATOR,
            aanpak,
            "PUT",
            "/aanstelling",
            Map.of("coordinator", Api.nieuwPoolLid(), "intensiteit", "LICHT"))
        .statusCode(403);

    als(ONDERZOEKER)
        .get("/aanpakken/{uuid}", aanpak.<String>path("uuid"))
        .then()
        .statusCode(200)
        .header("ETag", aanpak.header("ETag"));
  }

  @Test
  void aReplacedCoordinatorLosesAccess() {
    ExtractableResponse<Response> aanpak =
        Api.actieveAanpak(
            Onderzoek.verplicht(),
            Api.poolLid(COORDINATOR, AMSTERDAM),
            COORDINATOR,
            plan(List.of(), List.of(), vandaag().plusMonths(3)));
    als(COORDINATOR).get("/aanpakken/{uuid}", aanpak.<String>path("uuid")).then().statusCode(200);

    Api.stelAan(aanpak, Api.poolLid(COORDINATOR_PARTNER, AMSTERDAM));

    als(COORDINATOR).get("/aanpakken/{uuid}", aanpak.<String>path("uuid")).then().statusCode(403);
    als(COORDINATOR_PARTNER)
        .get("/aanpakken/{uuid}", aanpak.<String>path("uuid"))
        .then()
        .statusCode(200);
  }

  private static boolean zichtbaar(String gebruiker, String procedure) {
    int aantal =
        als(gebruiker)
            .queryParam("procedure", procedure)
            .get("/aanpakken")
            .then()
            .statusCode(200)
            .extract()
            .path("count");
    return aantal > 0;
  }

  private static boolean inWerkvoorraad(String gebruiker, String uuid) {
    List<String> aanpakken =
        als(gebruiker)
            .queryParam("aanpak", uuid)
            .get("/werkvoorraad")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("results.aanpak");
    return !aanpakken.isEmpty();
  }
}
