package nl.wams.gateway;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keycloak briefly away: tokens the gateway validated before, and new tokens signed with a key it
 * already holds, keep working; the gateway does not need Keycloak for them.
 */
@QuarkusTest
@TestProfile(KeycloakWegProfielen.EvenWeg.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(SpecBackendResource.class)
class KeycloakEvenWegTest {

  private static final String AANMELDING =
      "/meldpunt/v1/aanmeldingen/6a1f4b1e-0000-4000-8000-000000000001";

  private static KeycloakSchakelaar keycloak() {
    return KeycloakSchakelaar.van(KeycloakWegProfielen.EvenWeg.NAAM);
  }

  @AfterEach
  void terug() {
    keycloak().aan();
  }

  private static Response get(String token) {
    return given()
        .auth()
        .oauth2(token)
        .header("Wams-Verwerkingsactiviteit", "aanmelding-behandelen")
        .get(AANMELDING);
  }

  @Test
  void knownAndNewTokensWithAKnownKeyKeepWorkingWhileKeycloakIsAway() {
    String bekend = Tokens.accessToken("meldpunt-ams");
    get(bekend).then().statusCode(200);
    // Taken before Keycloak goes away from the gateway; never shown to the gateway yet.
    String nieuw = Tokens.accessToken("meldpunt-utr");

    keycloak().uit();

    get(bekend).then().statusCode(200);
    get(nieuw).then().statusCode(200);
    // A forged token is still refused without Keycloak.
    get(nieuw.substring(0, nieuw.length() - 4) + "AAAA").then().statusCode(401);
  }
}
