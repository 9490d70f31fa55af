package nl.wams.verslag.api;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.Tokens;

/** Delivers events to verslag as the services' own account does (CloudEvents, structured). */
final class Gebeurtenissen {

  private Gebeurtenissen() {}

  static void lever(String id, String type, String subject, Map<String, Object> data) {
    given()
        .filter(ContractValidation.contract())
        .basePath(Api.BASE)
        .contentType("application/cloudevents+json")
        .auth()
        .oauth2(Tokens.serviceAccessToken())
        .body(
            Map.of(
                "specversion", "1.0",
                "id", id,
                "source", "http://bron.test/" + type.split("\\.")[2] + "/v1",
                "type", type,
                "subject", subject,
                "time", Instant.now().toString(),
                "data", data))
        .post("/gebeurtenissen")
        .then()
        .statusCode(204);
  }
}
