package nl.wams.coordinatie.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NL API Design Rules that hold for every response, authentication errors as problems, and the
 * contract served as written.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class AdrConventionsTest {

  private static final Path CONTRACT = Path.of("../../api-specs/coordinatie/openapi.yaml");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/coordinatie/v1/aanpakken",
        "/coordinatie/v1/aanpakken/00000000-0000-0000-0000-000000000000",
        "/coordinatie/v1/werkvoorraad",
        "/coordinatie/v1/bestaat-niet",
        "/coordinatie/v1/openapi.json",
        "/q/health/ready"
      })
  void everyResponseCarriesTheAdrHeadersWithOrWithoutAToken(String path) {
    adrHeaders(given().get(path).then());
    adrHeaders(given().auth().oauth2(Tokens.accessToken(Api.ONDERZOEKER)).get(path).then());
  }

  @Test
  void withoutATokenTheAnswerIsA401Problem() {
    given()
        .filter(ContractValidation.responseContract())
        .get("/coordinatie/v1/aanpakken")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("status", equalTo(401))
        .body("type", equalTo("urn:wams:probleem:niet-geauthenticeerd"));
  }

  @Test
  void aForgedTokenIsA401ProblemToo() {
    String token = Tokens.accessToken(Api.ONDERZOEKER);
    String vervalst = token.substring(0, token.lastIndexOf('.') + 1) + "bm9wZQ";
    given()
        .filter(ContractValidation.responseContract())
        .auth()
        .oauth2(vervalst)
        .get("/coordinatie/v1/werkvoorraad")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void errorsOutsideTheResourcesAreProblemsToo() {
    given()
        .auth()
        .oauth2(Tokens.accessToken(Api.ONDERZOEKER))
        .get("/coordinatie/v1/bestaat-niet")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void theYamlContractIsServedByteForByteWithoutAToken() throws Exception {
    byte[] served =
        given()
            .get("/coordinatie/v1/openapi.yaml")
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
            .get("/coordinatie/v1/openapi.json")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .asString();
    JsonNode expected = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
    assertThat(new ObjectMapper().readTree(served)).isEqualTo(expected);
  }

  private static void adrHeaders(ValidatableResponse response) {
    response
        .header("API-Version", "1.0.0")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", "frame-ancestors 'none'");
  }
}
