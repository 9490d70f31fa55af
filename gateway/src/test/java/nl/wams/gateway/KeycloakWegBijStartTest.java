package nl.wams.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A gateway started while Keycloak is away starts, refuses to authenticate without disclosing
 * anything, and recovers without a restart once Keycloak is back.
 */
@QuarkusTest
@TestProfile(KeycloakWegProfielen.WegBijStart.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(SpecBackendResource.class)
class KeycloakWegBijStartTest {

  private static final String AANMELDING =
      "/meldpunt/v1/aanmeldingen/6a1f4b1e-0000-4000-8000-000000000001";

  private static Response get(String token) {
    return given()
        .auth()
        .oauth2(token)
        .header("Wams-Verwerkingsactiviteit", "aanmelding-behandelen")
        .get(AANMELDING);
  }

  @Test
  void startsWithoutKeycloakAndRecoversWhenItComesBack() {
    String token = Tokens.accessToken("meldpunt-ams");
    SpecBackendResource.clear();

    Response zonder = get(token);
    assertThat(zonder.statusCode()).as(zonder.asString()).isEqualTo(503);
    assertThat(zonder.contentType()).startsWith("application/problem+json");
    assertThat(zonder.header("Retry-After")).isNotNull();
    assertThat(zonder.asString()).doesNotContain("kenmerk");
    assertThat(SpecBackendResource.received()).isEmpty();

    KeycloakSchakelaar.van(KeycloakWegProfielen.WegBijStart.NAAM).aan();

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> get(token).then().statusCode(200));
  }
}
