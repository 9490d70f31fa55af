package nl.wams.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Special categories, writes outside the view, time-outs, the circuit breaker and the rate limit,
 * against the test component proef (see {@link ProefBackend}). The rate limit is per client
 * application and all test users come through {@code wams-demo}, so it runs last.
 */
@QuarkusTest
@TestProfile(ProefBackend.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProefTest {

  private static final String DOEL = "Wams-Verwerkingsactiviteit";
  private static final String DOSSIER = "/proef/v1/dossiers/1";

  @BeforeEach
  void leeg() {
    ProefBackend.clear();
  }

  @AfterEach
  void normaal() {
    ProefBackend.delay(0);
    ProefBackend.failWith(0);
  }

  private static Response get(String user) {
    return given().auth().oauth2(Tokens.accessToken(user)).header(DOEL, "proef").get(DOSSIER);
  }

  @Test
  @Order(1)
  void healthDataReachOnlyARoleWithoutEnforcementTaskAndCriminalDataOnlyUnderItsDomainLaw() {
    get("partner-ggz")
        .then()
        .statusCode(200)
        .body("diagnose", notNullValue())
        .body("problemen[0].medischeToelichting", notNullValue())
        .body("antecedenten", nullValue());
    get("partner-politie")
        .then()
        .statusCode(200)
        .body("diagnose", nullValue())
        .body("problemen[0].medischeToelichting", nullValue())
        .body("problemen[0].leefgebied", notNullValue())
        .body("antecedenten[0].feit", notNullValue());
    get("consulent-participatie-ams")
        .then()
        .statusCode(200)
        .body("bsn", notNullValue())
        .body("diagnose", nullValue())
        .body("antecedenten", nullValue())
        .body("problemen[0].medischeToelichting", nullValue());
  }

  @Test
  @Order(2)
  void aWriteSettingAFieldOutsideTheViewIs400AndNothingIsForwarded() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("consulent-participatie-ams"))
        .header(DOEL, "proef")
        .contentType("application/json")
        .body(
            "{\"bsn\":\"999993653\",\"diagnose\":\"d\","
                + "\"problemen\":[{\"leefgebied\":\"WONEN\"},{\"medischeToelichting\":\"m\"}]}")
        .post("/proef/v1/dossiers")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams.name", hasItem("diagnose"))
        .body("invalidParams.name", hasItem("problemen[1].medischeToelichting"))
        .body("invalidParams.code", hasItem("not-allowed"));
    assertThat(ProefBackend.received()).isEmpty();

    given()
        .auth()
        .oauth2(Tokens.accessToken("partner-ggz"))
        .header(DOEL, "proef")
        .contentType("application/json")
        .body("{\"bsn\":\"999993653\",\"diagnose\":\"d\"}")
        .post("/proef/v1/dossiers")
        .then()
        .statusCode(201);
    assertThat(ProefBackend.received()).hasSize(1);
  }

  @Test
  @Order(3)
  void aComponentThatDoesNotAnswerInTimeIs504Problem() {
    ProefBackend.delay(2000);
    get("partner-ggz")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .body("status", equalTo(504));
    ProefBackend.delay(0);
    // A success closes the count of failures again.
    get("partner-ggz").then().statusCode(200);
  }

  @Test
  @Order(4)
  void afterRepeatedFailuresTheCircuitOpensWith503AndRetryAfterThenRecovers() {
    ProefBackend.failWith(500);
    for (int i = 0; i < 3; i++) {
      get("partner-ggz").then().statusCode(500);
    }
    get("partner-ggz")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue());
    assertThat(ProefBackend.received()).hasSize(3);

    ProefBackend.failWith(0);
    // Once the open period is over, one request is let through and closes the circuit again.
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> get("partner-ggz").statusCode() == 200);
    get("partner-ggz").then().statusCode(200);
  }

  @Test
  @Order(99)
  void aClientThatSendsTooManyRequestsGets429WithRetryAfter() {
    int limited = 0;
    String retryAfter = null;
    for (int i = 0; i < 80 && limited == 0; i++) {
      Response response = get("partner-ggz");
      if (response.statusCode() == 429) {
        limited++;
        retryAfter = response.header("Retry-After");
        assertThat(response.contentType()).startsWith("application/problem+json");
      }
    }
    assertThat(limited).isEqualTo(1);
    assertThat(Integer.parseInt(retryAfter)).isPositive();
  }
}
