package nl.wams.meldpunt.api;

import static io.restassured.RestAssured.given;
import static nl.wams.meldpunt.api.Aanmeldingen.BASE;
import static nl.wams.meldpunt.api.Aanmeldingen.api;
import static nl.wams.meldpunt.api.Aanmeldingen.create;
import static nl.wams.meldpunt.api.Aanmeldingen.gemeente;
import static nl.wams.meldpunt.api.Aanmeldingen.hulpvraag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * meldpunt learns from onderzoek's thin event which procedure followed an aanmelding: once per
 * event, only for its own aanmeldingen of the same municipality, only from the services' account.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class GebeurtenissenTest {

  private static final String ONDERZOEK = "http://localhost:8082/onderzoek/v1";

  private static Map<String, Object> procedureGestart(
      String id, String procedure, String aanmelding, String gemeentecode) {
    Map<String, Object> data = new HashMap<>();
    data.put("gemeentecode", gemeentecode);
    data.put("ingang", "HULPVRAAG");
    data.put("aanmelding", aanmelding);
    return Map.of(
        "specversion", "1.0",
        "id", id,
        "source", ONDERZOEK,
        "type", "nl.wams.onderzoek.procedure-gestart",
        "subject", procedure,
        "data", data);
  }

  private static ValidatableResponse lever(String token, Object event) {
    return given()
        .filter(ContractValidation.contract())
        .auth()
        .oauth2(token)
        .basePath(BASE)
        .contentType("application/cloudevents+json")
        .body(event)
        .post("/gebeurtenissen")
        .then();
  }

  private static String nieuweProcedure() {
    return ONDERZOEK + "/procedures/" + UUID.randomUUID();
  }

  @Test
  void theAanmeldingRecordsTheProcedureOnceAndKeepsTheFirst() {
    String gemeente = gemeente();
    String url = create(hulpvraag(gemeente)).extract().path("url");
    String uuid = url.substring(url.lastIndexOf('/') + 1);
    String procedure = nieuweProcedure();
    String id = UUID.randomUUID().toString();

    lever(Tokens.serviceAccessToken(), procedureGestart(id, procedure, url, gemeente))
        .statusCode(204);
    lever(Tokens.serviceAccessToken(), procedureGestart(id, procedure, url, gemeente))
        .statusCode(204);
    api()
        .get("/aanmeldingen/{uuid}", uuid)
        .then()
        .body("procedure", equalTo(procedure))
        .header("ETag", "\"1\"");

    String andere = nieuweProcedure();
    lever(
            Tokens.serviceAccessToken(),
            procedureGestart(UUID.randomUUID().toString(), andere, url, gemeente))
        .statusCode(204);
    api()
        .get("/aanmeldingen/{uuid}", uuid)
        .then()
        .body("procedure", equalTo(procedure))
        .header("ETag", "\"1\"");
  }

  @Test
  void eventsForAnotherMunicipalityUnknownAanmeldingenOrOtherTypesChangeNothing() {
    String gemeente = gemeente();
    String url = create(hulpvraag(gemeente)).extract().path("url");
    String uuid = url.substring(url.lastIndexOf('/') + 1);

    lever(
            Tokens.serviceAccessToken(),
            procedureGestart(UUID.randomUUID().toString(), nieuweProcedure(), url, "0344"))
        .statusCode(204);
    String elders = "http://elders.example/meldpunt/v1/aanmeldingen/" + uuid;
    lever(
            Tokens.serviceAccessToken(),
            procedureGestart(UUID.randomUUID().toString(), nieuweProcedure(), elders, gemeente))
        .statusCode(204);
    Map<String, Object> ander =
        new HashMap<>(
            procedureGestart(UUID.randomUUID().toString(), nieuweProcedure(), url, gemeente));
    ander.put("type", "nl.wams.onderzoek.conclusie-vastgesteld");
    lever(Tokens.serviceAccessToken(), ander).statusCode(204);

    api()
        .get("/aanmeldingen/{uuid}", uuid)
        .then()
        .body("procedure", nullValue())
        .header("ETag", "\"0\"");
  }

  @Test
  void onlyTheServicesAccountDeliversAndAnIncompleteEventIs400() {
    String gemeente = gemeente();
    String url = create(hulpvraag(gemeente)).extract().path("url");
    Map<String, Object> event =
        procedureGestart(UUID.randomUUID().toString(), nieuweProcedure(), url, gemeente);

    lever(Aanmeldingen.medewerker(gemeente), event).statusCode(403);
    given()
        .filter(ContractValidation.responseContract())
        .basePath(BASE)
        .contentType("application/cloudevents+json")
        .body(event)
        .post("/gebeurtenissen")
        .then()
        .statusCode(401);

    Map<String, Object> zonderSubject = new HashMap<>(event);
    zonderSubject.remove("subject");
    List<String> namen =
        given()
            .filter(ContractValidation.responseContract())
            .auth()
            .oauth2(Tokens.serviceAccessToken())
            .basePath(BASE)
            .contentType("application/cloudevents+json")
            .body(zonderSubject)
            .post("/gebeurtenissen")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .path("invalidParams.name");
    assertThat(namen).containsExactly("subject");
    api()
        .get("/aanmeldingen/{uuid}", url.substring(url.lastIndexOf('/') + 1))
        .then()
        .body("procedure", nullValue());
  }
}
