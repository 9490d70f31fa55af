package nl.wams.coordinatie.api;

import static io.restassured.RestAssured.given;
import static nl.wams.coordinatie.api.Api.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Coordinatie learns of onderzoek's conclusions through thin CloudEvents delivered by the services'
 * own account: a conclusion with coordination creates the aanpak once, however often it arrives.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class GebeurtenissenApiTest {

  static RequestSpecification alsDienst() {
    return given()
        .filter(ContractValidation.contract())
        .basePath(Api.BASE)
        .contentType("application/cloudevents+json")
        .auth()
        .oauth2(Tokens.serviceAccessToken());
  }

  static Map<String, Object> conclusie(URI procedure, String uitkomst) {
    Map<String, Object> event = new HashMap<>();
    event.put("specversion", "1.0");
    event.put("id", UUID.randomUUID().toString());
    event.put("source", OnderzoekStub.url() + "/onderzoek/v1");
    event.put("type", "nl.wams.onderzoek.conclusie-vastgesteld");
    event.put("subject", procedure.toString());
    event.put("time", "2026-11-20T10:00:00Z");
    event.put("datacontenttype", "application/json");
    event.put(
        "data",
        Map.of(
            "gemeentecode",
            Api.AMSTERDAM,
            "uitkomst",
            uitkomst,
            "clientCoordineertZelf",
            false,
            "gestartOp",
            "2026-11-02T09:00:00Z"));
    return event;
  }

  private static List<String> aanpakkenVoor(URI procedure) {
    return als(Api.ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .get("/aanpakken")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("results.uuid");
  }

  @Test
  void aMandatoryConclusionCreatesTheAanpakOnceHoweverOftenItArrives() {
    // Known to onderzoek (the stub), which names its people when the aanpak is read.
    URI procedure = Onderzoek.verplicht();
    Map<String, Object> event = conclusie(procedure, "COORDINATIE_VERPLICHT");

    alsDienst().body(event).post("/gebeurtenissen").then().statusCode(204);
    alsDienst().body(event).post("/gebeurtenissen").then().statusCode(204);

    List<String> aanpakken = aanpakkenVoor(procedure);
    assertThat(aanpakken).hasSize(1);
    als(Api.ONDERZOEKER)
        .get("/aanpakken/{uuid}", aanpakken.getFirst())
        .then()
        .statusCode(200)
        .body("coordinatieplicht", equalTo("VERPLICHT"));

    // Another delivery of the same conclusion (another event id) finds the aanpak already there.
    alsDienst()
        .body(conclusie(procedure, "COORDINATIE_VERPLICHT"))
        .post("/gebeurtenissen")
        .then()
        .statusCode(204);
    assertThat(aanpakkenVoor(procedure)).hasSize(1);
  }

  @Test
  void conclusionsWithoutCoordinationAndOtherEventsAreAcknowledgedAndIgnored() {
    URI procedure = Onderzoek.nieuweUrl();
    alsDienst()
        .body(conclusie(procedure, "ENKELVOUDIG"))
        .post("/gebeurtenissen")
        .then()
        .statusCode(204);
    Map<String, Object> anders = conclusie(procedure, "COORDINATIE_VERPLICHT");
    anders.put("type", "nl.wams.onderzoek.procedure-gestart");
    alsDienst().body(anders).post("/gebeurtenissen").then().statusCode(204);
    assertThat(aanpakkenVoor(procedure)).isEmpty();
  }

  @Test
  void onlyTheServicesOwnAccountDeliversEvents() {
    given()
        .filter(ContractValidation.responseContract())
        .basePath(Api.BASE)
        .contentType("application/cloudevents+json")
        .auth()
        .oauth2(Tokens.accessToken(Api.ONDERZOEKER))
        .body(conclusie(Onderzoek.nieuweUrl(), "COORDINATIE_VERPLICHT"))
        .post("/gebeurtenissen")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void anEventWithoutTheConclusionsFactsIsRejected() {
    Map<String, Object> event = conclusie(Onderzoek.nieuweUrl(), "COORDINATIE_VERPLICHT");
    event.put("data", Map.of("gemeentecode", Api.AMSTERDAM));
    given()
        .filter(ContractValidation.responseContract())
        .basePath(Api.BASE)
        .contentType("application/cloudevents+json")
        .auth()
        .oauth2(Tokens.serviceAccessToken())
        .body(event)
        .post("/gebeurtenissen")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("data.uitkomst"));
  }
}
