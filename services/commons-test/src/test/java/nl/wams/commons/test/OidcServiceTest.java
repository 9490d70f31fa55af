package nl.wams.commons.test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Quarkus service configured as docs/keycloak.md says (src/test/resources/application.properties)
 * accepts the realm's tokens and nothing else: real Keycloak, real tokens, real validation.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class OidcServiceTest {

  @Test
  void anOnderzoekerIsLetInWithNameRolesAndGemeenteFromTheToken() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("onderzoeker-ams"))
        .get("/whoami")
        .then()
        .statusCode(200)
        .body("name", equalTo("onderzoeker-ams"))
        .body("roles", contains("onderzoeker"))
        .body("gemeente", equalTo("0363"));
  }

  @Test
  void noTokenIs401() {
    given().get("/whoami").then().statusCode(401);
  }

  @Test
  void aValidTokenWithoutTheRoleIs403() {
    given().auth().oauth2(Tokens.accessToken("inwoner-1")).get("/whoami").then().statusCode(403);
  }

  @Test
  void aTokenOfTheRealmWithoutTheWamsApiAudienceIs401() throws Exception {
    // admin-cli is Keycloak's own client in every realm: it answers a password grant for any user,
    // but its (lightweight) tokens are not meant for the Wams APIs: no aud wams-api.
    String form =
        "grant_type=password&client_id=admin-cli&username=onderzoeker-ams&password=onderzoeker-ams";
    String body =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(Tokens.issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString(form))
                    .build(),
                BodyHandlers.ofString())
            .body();
    String token = io.restassured.path.json.JsonPath.from(body).getString("access_token");
    Map<String, Object> claims = Tokens.claims(token);
    assertThat(claims.get("iss")).isEqualTo(Tokens.issuer());
    assertThat(claims.get("aud")).isNull();

    given().auth().oauth2(token).get("/whoami").then().statusCode(401);
  }
}
