package nl.wams.meldpunt.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NL API Design Rules that hold for every response, and the contract served as written. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class AdrConventionsTest {

  private static final Path CONTRACT = Path.of("../../api-specs/meldpunt/openapi.yaml");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/meldpunt/v1/aanmeldingen",
        "/meldpunt/v1/aanmeldingen/00000000-0000-0000-0000-000000000000",
        "/meldpunt/v1/bestaat-niet",
        "/meldpunt/v1/aanmeldingen?pageSize=1000",
        "/meldpunt/v1/openapi.json",
        "/q/health/ready"
      })
  void everyResponseCarriesTheAdrHeaders(String path) {
    ValidatableResponse response = given().get(path).then();
    response
        .header("API-Version", "1.0.0")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", "frame-ancestors 'none'");
  }

  @Test
  void errorsOutsideTheResourcesAreProblemsToo() {
    given()
        .get("/meldpunt/v1/bestaat-niet")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void theYamlContractIsServedByteForByte() throws Exception {
    byte[] served =
        given()
            .get("/meldpunt/v1/openapi.yaml")
            .then()
            .statusCode(200)
            .header("Access-Control-Allow-Origin", "*")
            .extract()
            .asByteArray();
    assertThat(served).isEqualTo(Files.readAllBytes(CONTRACT));
  }

  @Test
  void theJsonContractIsTheSameDocument() throws Exception {
    String served =
        given()
            .get("/meldpunt/v1/openapi.json")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .asString();
    JsonNode expected = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
    assertThat(new ObjectMapper().readTree(served)).isEqualTo(expected);
  }
}
