package nl.wams.meldpunt.api;

import static io.restassured.RestAssured.given;
import static nl.wams.meldpunt.api.Aanmeldingen.BASE;
import static nl.wams.meldpunt.api.Aanmeldingen.BSN;
import static nl.wams.meldpunt.api.Aanmeldingen.api;
import static nl.wams.meldpunt.api.Aanmeldingen.create;
import static nl.wams.meldpunt.api.Aanmeldingen.gemeente;
import static nl.wams.meldpunt.api.Aanmeldingen.medewerker;
import static nl.wams.meldpunt.api.Aanmeldingen.melding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Access with real Keycloak tokens: only meldpunt-medewerkers, each in their own municipality. An
 * aanmelding of another municipality is 403 on every id-taking operation and absent from lists and
 * searches; nothing changes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class ToegangTest {

  private static RequestSpecification als(String token) {
    return given()
        .filter(ContractValidation.contract())
        .auth()
        .oauth2(token)
        .basePath(BASE)
        .contentType(ContentType.JSON);
  }

  @Test
  void withoutATokenTheAnswerIs401ProblemJson() {
    given()
        .filter(ContractValidation.responseContract())
        .basePath(BASE)
        .get("/aanmeldingen")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"));
  }

  @Test
  void otherRolesAreRefused() {
    for (String gebruiker : List.of("onderzoeker-ams", "partner-ggz", "inwoner-1", "beleid")) {
      als(Tokens.accessToken(gebruiker))
          .get("/aanmeldingen")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      als(Tokens.accessToken(gebruiker))
          .body(melding("0363"))
          .post("/aanmeldingen")
          .then()
          .statusCode(403);
    }
  }

  @Test
  void aMedewerkerOfAnotherMunicipalityNeitherSeesNorChangesAnAanmelding() {
    String eigen = gemeente();
    ExtractableResponse<Response> aanmelding = create(melding(eigen)).extract();
    String uuid = aanmelding.path("uuid");
    String ander = medewerker(gemeente());

    for (String pad : List.of("/aanmeldingen/{uuid}", "/aanmeldingen/{uuid}/ontvangstbewijs")) {
      als(ander).get(pad, uuid).then().statusCode(403).contentType("application/problem+json");
    }
    als(ander)
        .header("If-Match", aanmelding.header("ETag"))
        .body(melding(eigen))
        .put("/aanmeldingen/{uuid}", uuid)
        .then()
        .statusCode(403);
    als(ander)
        .header("If-Match", aanmelding.header("ETag"))
        .body(Map.of("besluit", "GEEN_ACTIE", "motivering", "Niet van ons."))
        .post("/aanmeldingen/{uuid}/triage", uuid)
        .then()
        .statusCode(403);
    als(ander)
        .queryParam("gemeentecode", eigen)
        .get("/aanmeldingen")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
    List<String> zichtbaar =
        als(ander).body(Map.of("bsn", BSN)).post("/aanmeldingen/_zoek").path("results.uuid");
    assertThat(zichtbaar).doesNotContain(uuid);

    // Nothing changed: the own medewerker still sees version 0, untriaged.
    als(medewerker(eigen))
        .get("/aanmeldingen/{uuid}", uuid)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("status", equalTo("NIEUW"));
  }

  @Test
  void aMedewerkerRegistersOnlyForTheirOwnMunicipalityAndCannotMoveOneAway() {
    String eigen = gemeente();
    String elders = gemeente();
    als(medewerker(eigen))
        .body(melding(elders))
        .post("/aanmeldingen")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    als(medewerker(elders)).get("/aanmeldingen").then().body("count", equalTo(0));

    ExtractableResponse<Response> aanmelding = create(melding(elders)).extract();
    als(medewerker(elders))
        .header("If-Match", aanmelding.header("ETag"))
        .body(melding(eigen))
        .put("/aanmeldingen/{uuid}", aanmelding.<String>path("uuid"))
        .then()
        .statusCode(403);
    api()
        .get("/aanmeldingen/{uuid}", aanmelding.<String>path("uuid"))
        .then()
        .body("gemeentecode", equalTo(elders));
  }
}
