package nl.wams.coordinatie.api;

import static nl.wams.coordinatie.api.Api.AMSTERDAM;
import static nl.wams.coordinatie.api.Api.BEHEERDER;
import static nl.wams.coordinatie.api.Api.COORDINATOR;
import static nl.wams.coordinatie.api.Api.ONDERZOEKER;
import static nl.wams.coordinatie.api.Api.ONDERZOEKER_UTRECHT;
import static nl.wams.coordinatie.api.Api.UTRECHT;
import static nl.wams.coordinatie.api.Api.als;
import static nl.wams.coordinatie.api.Api.coordinatorGegevens;
import static nl.wams.coordinatie.api.Api.fouteInvoerAls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The coordinator pool: managed per municipality, every exchange checked against the contract. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class CoordinatorenApiTest {

  @Test
  void anOnderzoekerAddsAPoolMemberWithLocationEtagAndIdempotency() {
    Map<String, Object> gegevens = coordinatorGegevens(uniek(), AMSTERDAM);
    String sleutel = UUID.randomUUID().toString();
    ExtractableResponse<Response> created =
        als(ONDERZOEKER)
            .header("Idempotency-Key", sleutel)
            .body(gegevens)
            .post("/coordinatoren")
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("actief", equalTo(true))
            .body("organisatie.soort", equalTo("GEMEENTE"))
            .extract();
    assertThat(created.header("Location")).isEqualTo(created.<String>path("url"));
    assertThat(created.header("Location"))
        .endsWith("/coordinatie/v1/coordinatoren/" + created.path("uuid"));

    // The same request with the same key: the same answer, nothing added.
    als(ONDERZOEKER)
        .header("Idempotency-Key", sleutel)
        .body(gegevens)
        .post("/coordinatoren")
        .then()
        .statusCode(201)
        .body("uuid", equalTo(created.path("uuid")));
    // The same key for another request: 422.
    als(ONDERZOEKER)
        .header("Idempotency-Key", sleutel)
        .body(coordinatorGegevens(uniek(), AMSTERDAM))
        .post("/coordinatoren")
        .then()
        .statusCode(422);
  }

  @Test
  void aUsernameIsInThePoolOnce() {
    Map<String, Object> gegevens = coordinatorGegevens(uniek(), AMSTERDAM);
    als(ONDERZOEKER).body(gegevens).post("/coordinatoren").then().statusCode(201);
    als(BEHEERDER)
        .body(gegevens)
        .post("/coordinatoren")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void badInputIsNamed() {
    Map<String, Object> gegevens = coordinatorGegevens("met spatie", AMSTERDAM);
    gegevens.put("email", "geen-adres");
    gegevens.remove("organisatie");
    List<String> namen =
        fouteInvoerAls(ONDERZOEKER)
            .body(gegevens)
            .post("/coordinatoren")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getList("invalidParams.name");
    assertThat(namen).containsExactlyInAnyOrder("gebruikersnaam", "email", "organisatie");
  }

  @Test
  void updatesNeedTheCurrentEtag() {
    ExtractableResponse<Response> lid =
        als(ONDERZOEKER)
            .body(coordinatorGegevens(uniek(), AMSTERDAM))
            .post("/coordinatoren")
            .then()
            .statusCode(201)
            .extract();
    Map<String, Object> gewijzigd = coordinatorGegevens(lid.path("gebruikersnaam"), AMSTERDAM);
    gewijzigd.put("organisatie", Map.of("naam", "GGZ Noord", "soort", "PARTNER"));

    fouteInvoerAls(ONDERZOEKER)
        .body(gewijzigd)
        .put("/coordinatoren/{uuid}", lid.<String>path("uuid"))
        .then()
        .statusCode(428);
    als(ONDERZOEKER)
        .header("If-Match", "\"7\"")
        .body(gewijzigd)
        .put("/coordinatoren/{uuid}", lid.<String>path("uuid"))
        .then()
        .statusCode(412);
    als(ONDERZOEKER)
        .header("If-Match", lid.header("ETag"))
        .body(gewijzigd)
        .put("/coordinatoren/{uuid}", lid.<String>path("uuid"))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("organisatie.naam", equalTo("GGZ Noord"))
        .body("organisatie.soort", equalTo("PARTNER"));
  }

  @Test
  void aMemberIsDeactivatedAndReactivated() {
    ExtractableResponse<Response> lid =
        als(BEHEERDER)
            .body(coordinatorGegevens(uniek(), AMSTERDAM))
            .post("/coordinatoren")
            .then()
            .statusCode(201)
            .extract();
    String uuid = lid.path("uuid");
    ExtractableResponse<Response> inactief =
        als(BEHEERDER)
            .header("If-Match", lid.header("ETag"))
            .post("/coordinatoren/{uuid}/deactivering", uuid)
            .then()
            .statusCode(200)
            .body("actief", equalTo(false))
            .extract();
    als(ONDERZOEKER)
        .queryParam("actief", false)
        .queryParam("pageSize", 100)
        .get("/coordinatoren")
        .then()
        .statusCode(200)
        .body("results.uuid", org.hamcrest.Matchers.hasItem(uuid));
    als(BEHEERDER)
        .header("If-Match", inactief.header("ETag"))
        .post("/coordinatoren/{uuid}/activering", uuid)
        .then()
        .statusCode(200)
        .body("actief", equalTo(true));
  }

  @Test
  void aCoordinatorStillOnARunningAanpakIsNotDeactivated() {
    String lid = Api.nieuwPoolLid();
    Api.stelAan(Api.maakAanpak(Onderzoek.verplicht()), lid);
    ExtractableResponse<Response> huidig =
        als(ONDERZOEKER).get(Api.pad(lid)).then().statusCode(200).extract();

    als(ONDERZOEKER)
        .header("If-Match", huidig.header("ETag"))
        .post(Api.pad(lid) + "/deactivering")
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("1 lopende"));
    als(ONDERZOEKER).get(Api.pad(lid)).then().body("actief", equalTo(true));
  }

  @Test
  void thePoolIsPerMunicipality() {
    ExtractableResponse<Response> utrechts =
        als(ONDERZOEKER_UTRECHT)
            .body(coordinatorGegevens(uniek(), UTRECHT))
            .post("/coordinatoren")
            .then()
            .statusCode(201)
            .extract();

    // Another municipality's member: 403 alone, absent from the list, not to be managed.
    als(ONDERZOEKER)
        .get("/coordinatoren/{uuid}", utrechts.<String>path("uuid"))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    List<String> lijst =
        als(ONDERZOEKER)
            .queryParam("pageSize", 100)
            .get("/coordinatoren")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("results.gemeentecode");
    assertThat(lijst).isNotEmpty().containsOnly(AMSTERDAM);
    als(ONDERZOEKER)
        .queryParam("gemeentecode", UTRECHT)
        .get("/coordinatoren")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
    als(ONDERZOEKER)
        .body(coordinatorGegevens(uniek(), UTRECHT))
        .post("/coordinatoren")
        .then()
        .statusCode(403);
  }

  @Test
  void coordinatorsSeeThePoolButDoNotManageIt() {
    String lid = Api.nieuwPoolLid();
    als(COORDINATOR).get(Api.pad(lid)).then().statusCode(200);
    als(COORDINATOR)
        .body(coordinatorGegevens(uniek(), AMSTERDAM))
        .post("/coordinatoren")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // Not the staff of the social domain at all: nothing to see.
    als("consulent-wmo-ams").get("/coordinatoren").then().statusCode(200).body("count", equalTo(0));
  }

  @Test
  void theListIsPagedInAFixedOrder() {
    als(ONDERZOEKER)
        .body(coordinatorGegevens(uniek(), AMSTERDAM))
        .post("/coordinatoren")
        .then()
        .statusCode(201);
    als(ONDERZOEKER)
        .body(coordinatorGegevens(uniek(), AMSTERDAM))
        .post("/coordinatoren")
        .then()
        .statusCode(201);
    ExtractableResponse<Response> eerste =
        als(ONDERZOEKER)
            .queryParam("pageSize", 1)
            .queryParam("organisatieSoort", "GEMEENTE")
            .get("/coordinatoren")
            .then()
            .statusCode(200)
            .extract();
    String volgende = eerste.path("next");
    assertThat(volgende)
        .contains("page=2")
        .contains("pageSize=1")
        .contains("organisatieSoort=GEMEENTE");
    ExtractableResponse<Response> tweede =
        als(ONDERZOEKER).get(Api.pad(volgende)).then().statusCode(200).extract();
    assertThat(tweede.<String>path("results[0].uuid"))
        .isNotEqualTo(eerste.<String>path("results[0].uuid"));
    assertThat(tweede.<String>path("previous")).contains("page=1");
  }

  private static String uniek() {
    return "regisseur-" + UUID.randomUUID();
  }
}
