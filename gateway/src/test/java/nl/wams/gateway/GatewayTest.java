package nl.wams.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request path through the gateway, with real Keycloak tokens, against a real HTTP backend. */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(SpecBackendResource.class)
class GatewayTest {

  private static final String DOEL = "Wams-Verwerkingsactiviteit";
  private static final String AANMELDING =
      "/meldpunt/v1/aanmeldingen/6a1f4b1e-0000-4000-8000-000000000001";

  @BeforeEach
  void leeg() {
    SpecBackendResource.clear();
  }

  @Test
  void withoutATokenTheAnswerIs401ProblemAndNothingIsForwarded() {
    given()
        .header(DOEL, "aanmelding-behandelen")
        .get(AANMELDING)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"));
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams") + "x")
        .header(DOEL, "aanmelding-behandelen")
        .get(AANMELDING)
        .then()
        .statusCode(401);
    assertThat(SpecBackendResource.received()).isEmpty();
  }

  @Test
  void theSpecDocumentsPassWithoutAToken() {
    given().get("/meldpunt/v1/openapi.yaml").then().statusCode(200);
  }

  @Test
  void aRequestWithoutAPurposeIs400NamingTheHeader() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .get(AANMELDING)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams.name", hasItem(DOEL))
        .body("invalidParams.code", hasItem("required"));
    assertThat(SpecBackendResource.received()).isEmpty();
  }

  @Test
  void aPurposeTheRoleMayNotUseIs403() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "wams-onderzoek")
        .get(AANMELDING)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "iets-anders")
        .get(AANMELDING)
        .then()
        .statusCode(403);
    assertThat(SpecBackendResource.received()).isEmpty();
  }

  @Test
  void anOperationTheRoleMayNotCallIs403() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .get("/onderzoek/v1/procedures")
        .then()
        .statusCode(403)
        .body("title", equalTo("Geen toegang"));
    assertThat(SpecBackendResource.received()).isEmpty();
  }

  @Test
  void tokenTraceparentAndPurposeGoOnAndTheSubjectsHeaderNeverComesBack() {
    String token = Tokens.accessToken("meldpunt-ams");
    String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    given()
        .auth()
        .oauth2(token)
        .header(DOEL, "aanmelding-behandelen")
        .header("traceparent", trace)
        .header("Connection", "keep-alive, X-Hop")
        .header("X-Hop", "weg")
        .get(AANMELDING)
        .then()
        .statusCode(200)
        .header("Wams-Betrokkenen", nullValue())
        .header("API-Version", notNullValue());
    JsonNode received = SpecBackendResource.received().get(0);
    assertThat(header(received, "Authorization")).isEqualTo("Bearer " + token);
    // The same trace; the parent span is now the gateway's own (its span in the Logboek).
    assertThat(header(received, "traceparent"))
        .startsWith(trace.substring(0, 36))
        .isNotEqualTo(trace)
        .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-" + trace.substring(53));
    assertThat(header(received, DOEL)).isEqualTo("aanmelding-behandelen");
    assertThat(header(received, "X-Hop")).isNull();
  }

  @Test
  void aRequestWithoutTraceContextGetsANewTrace() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .get(AANMELDING)
        .then()
        .statusCode(200);
    assertThat(header(SpecBackendResource.received().get(0), "traceparent"))
        .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
  }

  @Test
  void fieldsOutsideTheRolesCategoriesAreAbsentButAnExceptionShowsItsField() {
    Response melder =
        given()
            .auth()
            .oauth2(Tokens.accessToken("meldpunt-ams"))
            .header(DOEL, "aanmelding-behandelen")
            .get(AANMELDING);
    melder.then().statusCode(200).body("melder.naam", notNullValue());

    // The onderzoeker lacks the category melder; the policy shows only Melder.soort, with a reason.
    Response onderzoeker =
        given()
            .auth()
            .oauth2(Tokens.accessToken("onderzoeker-ams"))
            .header(DOEL, "wams-onderzoek")
            .get(AANMELDING);
    onderzoeker
        .then()
        .statusCode(200)
        .body("melder.soort", notNullValue())
        .body("melder.naam", nullValue())
        .body("melder.email", nullValue())
        .body("betrokkene.bsn", notNullValue());
  }

  @Test
  void fieldsSelectsFewerFieldsAlsoInAPagedList() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .queryParam("fields", "uuid,betrokkene.bsn")
        .get(AANMELDING)
        .then()
        .statusCode(200)
        .body("uuid", notNullValue())
        .body("betrokkene.bsn", notNullValue())
        .body("betrokkene.omschrijving", nullValue())
        .body("melder", nullValue())
        .body("status", nullValue());
    assertThat(SpecBackendResource.received().get(0).get("uri").asText()).doesNotContain("fields");

    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .queryParam("fields", "uuid")
        .queryParam("pageSize", "2")
        .get("/meldpunt/v1/aanmeldingen")
        .then()
        .statusCode(200)
        .body("count", notNullValue())
        .body("results[0].uuid", notNullValue())
        .body("results[0].status", nullValue());
    assertThat(SpecBackendResource.received().get(1).get("uri").asText())
        .isEqualTo("/meldpunt/v1/aanmeldingen?pageSize=2");
  }

  @Test
  void anUnknownFieldInFieldsIs400AndNothingIsForwarded() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .queryParam("fields", "uuid,bestaatNiet.ook")
        .get(AANMELDING)
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("fields"))
        .body("invalidParams[0].code", equalTo("unknown-field"))
        .body("invalidParams[0].reason", containsString("bestaatNiet.ook"));
    assertThat(SpecBackendResource.received()).isEmpty();
  }

  @Test
  void aWriteWithinTheViewIsForwardedUnchanged() {
    String body =
        "{\"naam\":\"A. de Vries\",\"gebruikersnaam\":\"avries\",\"gemeentecode\":\"0363\"}";
    given()
        .auth()
        .oauth2(Tokens.accessToken("beheerder"))
        .header(DOEL, "coordinatorenpool-beheer")
        .contentType("application/json")
        .body(body)
        .post("/coordinatie/v1/coordinatoren")
        .then()
        .statusCode(201)
        .body("naam", notNullValue());
    assertThat(SpecBackendResource.received()).hasSize(1);
    assertThat(SpecBackendResource.received().get(0).get("body").asText()).isEqualTo(body);
  }

  @Test
  void aBodyOverTheLimitIs413Problem() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .contentType("application/json")
        .body("{\"omschrijvingZorgen\":\"" + "a".repeat(300 * 1024) + "\"}")
        .post("/meldpunt/v1/aanmeldingen")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    assertThat(SpecBackendResource.received()).isEmpty();
  }

  @Test
  void anUnknownPathIs404Problem() {
    given()
        .auth()
        .oauth2(Tokens.accessToken("meldpunt-ams"))
        .header(DOEL, "aanmelding-behandelen")
        .get("/meldpunt/v1/bestaat-niet")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get("/bestaat-niet/v1/iets").then().statusCode(404);
  }

  private static String header(JsonNode received, String name) {
    var fields = received.get("headers").fields();
    while (fields.hasNext()) {
      var e = fields.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue().get(0).asText();
      }
    }
    return null;
  }
}
