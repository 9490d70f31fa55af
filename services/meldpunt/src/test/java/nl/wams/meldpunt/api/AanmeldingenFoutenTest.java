package nl.wams.meldpunt.api;

import static nl.wams.meldpunt.api.Aanmeldingen.api;
import static nl.wams.meldpunt.api.Aanmeldingen.create;
import static nl.wams.meldpunt.api.Aanmeldingen.gemeente;
import static nl.wams.meldpunt.api.Aanmeldingen.hulpvraag;
import static nl.wams.meldpunt.api.Aanmeldingen.invalidParamNames;
import static nl.wams.meldpunt.api.Aanmeldingen.invalidRequest;
import static nl.wams.meldpunt.api.Aanmeldingen.melding;
import static nl.wams.meldpunt.api.Aanmeldingen.triage;
import static nl.wams.meldpunt.api.Aanmeldingen.verzoek;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a clear problem+json answer and changes nothing. Each test sends something wrong
 * and then checks that no aanmelding was stored or changed.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class AanmeldingenFoutenTest {

  @Test
  void malformedJsonIsRejected() {
    String gemeente = gemeente();
    rejected(invalidRequest().body("{\"soort\": \"MELDING\", ").post("/aanmeldingen"))
        .body("invalidParams[0].name", equalTo("body"))
        .body("invalidParams[0].code", equalTo("invalid-json"));
    assertNothingStoredFor(gemeente);
  }

  @Test
  void wrongTypesAndUnknownEnumValuesNameTheField() {
    String gemeente = gemeente();
    Map<String, Object> body = melding(gemeente);
    body.put("urgentie", "BRANDT");
    assertThat(invalidParamNames(rejected(invalidRequest().body(body).post("/aanmeldingen"))))
        .containsExactly("urgentie");

    Map<String, Object> wrongType = melding(gemeente);
    wrongType.put("betrokkene", "999993653");
    assertThat(invalidParamNames(rejected(invalidRequest().body(wrongType).post("/aanmeldingen"))))
        .containsExactly("betrokkene");
    assertNothingStoredFor(gemeente);
  }

  @Test
  void everyMissingRequiredFieldIsListed() {
    ValidatableResponse response = rejected(invalidRequest().body("{}").post("/aanmeldingen"));
    assertThat(invalidParamNames(response))
        .contains("soort", "gemeentecode", "urgentie", "betrokkene", "omschrijvingZorgen");
    response.body("invalidParams.code", not(hasItem("invalid-json")));
  }

  @Test
  void unknownFieldsAreRejectedNotDropped() {
    String gemeente = gemeente();
    Map<String, Object> body = melding(gemeente);
    body.put("bsn", "999993653");
    rejected(invalidRequest().body(body).post("/aanmeldingen"))
        .body("invalidParams[0].name", equalTo("bsn"))
        .body("invalidParams[0].code", equalTo("unknown-field"));
    assertNothingStoredFor(gemeente);
  }

  @Test
  void anInvalidBsnIsRejectedWithoutEchoingIt() {
    String gemeente = gemeente();
    Map<String, Object> body = melding(gemeente);
    body.put("betrokkene", Map.of("bsn", "123456789"));
    String problem =
        rejected(invalidRequest().body(body).post("/aanmeldingen"))
            .body("invalidParams[0].name", equalTo("betrokkene.bsn"))
            .body("invalidParams[0].code", equalTo("invalid-bsn"))
            .extract()
            .asString();
    assertThat(problem).doesNotContain("123456789");
    assertNothingStoredFor(gemeente);
  }

  @Test
  void theWamsRulesOfEachSoortAreEnforced() {
    String gemeente = gemeente();
    Map<String, Object> hulpvraagZonderWet = hulpvraag(gemeente);
    hulpvraagZonderWet.remove("sdWet");
    assertThat(
            invalidParamNames(
                rejected(invalidRequest().body(hulpvraagZonderWet).post("/aanmeldingen"))))
        .containsExactly("sdWet");

    Map<String, Object> verzoekZonderMotivering = verzoek(gemeente);
    verzoekZonderMotivering.remove("motivering");
    verzoekZonderMotivering.put("melder", Map.of("soort", "INWONER"));
    assertThat(
            invalidParamNames(
                rejected(invalidRequest().body(verzoekZonderMotivering).post("/aanmeldingen"))))
        .containsExactlyInAnyOrder("motivering", "melder.soort", "melder.organisatie");

    Map<String, Object> anoniemMetNaam = melding(gemeente);
    anoniemMetNaam.put("melder", Map.of("soort", "ANONIEM", "naam", "Toch bekend"));
    assertThat(
            invalidParamNames(
                rejected(invalidRequest().body(anoniemMetNaam).post("/aanmeldingen"))))
        .containsExactly("melder");

    Map<String, Object> zonderBetrokkene = melding(gemeente);
    zonderBetrokkene.put("betrokkene", Map.of());
    assertThat(
            invalidParamNames(
                rejected(invalidRequest().body(zonderBetrokkene).post("/aanmeldingen"))))
        .containsExactly("betrokkene");
    assertNothingStoredFor(gemeente);
  }

  @Test
  void invalidQueryParametersAreNamed() {
    assertThat(
            invalidParamNames(
                rejected(invalidRequest().queryParam("pageSize", 0).get("/aanmeldingen"))))
        .containsExactly("pageSize");
    assertThat(
            invalidParamNames(
                rejected(invalidRequest().queryParam("soort", "ONBEKEND").get("/aanmeldingen"))))
        .containsExactly("soort");
    assertThat(
            invalidParamNames(
                rejected(
                    invalidRequest()
                        .queryParam("ontvangenVanaf", "gisteren")
                        .get("/aanmeldingen"))))
        .containsExactly("ontvangenVanaf");
  }

  @Test
  void unknownIdIs404() {
    invalidRequest()
        .get("/aanmeldingen/{uuid}", "7d1b7c1e-8f0a-4f5e-9a51-2f1d2a3b4c5d")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("title", notNullValue());
  }

  @Test
  void updatesNeedTheCurrentEtag() {
    ExtractableResponse<Response> created = create(melding(gemeente())).extract();
    String uuid = created.path("uuid");
    Map<String, Object> changed = melding(created.path("gemeentecode"));
    changed.put("urgentie", "VERHOOGD");

    invalidRequest()
        .body(changed)
        .put("/aanmeldingen/{uuid}", uuid)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    invalidRequest()
        .header("If-Match", "\"7\"")
        .body(changed)
        .put("/aanmeldingen/{uuid}", uuid)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");

    api().get("/aanmeldingen/{uuid}", uuid).then().body("urgentie", equalTo("NORMAAL"));
  }

  @Test
  void triageRulesAndFinality() {
    String gemeente = gemeente();
    Map<String, Object> acuut = melding(gemeente);
    acuut.put("urgentie", "ACUUT");
    ExtractableResponse<Response> acute = create(acuut).extract();
    String etag = acute.header("ETag");
    String uuid = acute.path("uuid");

    assertThat(
            invalidParamNames(
                triage(
                        uuid,
                        etag,
                        Map.of("besluit", "GEEN_ACTIE", "motivering", "Niets aan de hand."))
                    .statusCode(400)))
        .containsExactly("besluit");
    assertThat(
            invalidParamNames(
                triage(uuid, etag, Map.of("besluit", "DOORVERWIJZEN", "motivering", "Weg ermee."))
                    .statusCode(400)))
        .contains("doorverwezenNaar");

    ExtractableResponse<Response> hulp = create(hulpvraag(gemeente)).extract();
    assertThat(
            invalidParamNames(
                triage(
                        hulp.path("uuid"),
                        hulp.header("ETag"),
                        Map.of(
                            "besluit", "ONDERZOEK_STARTEN",
                            "motivering", "Meerdere problemen.",
                            "clientWilOnderzoek", false))
                    .statusCode(400)))
        .containsExactly("clientWilOnderzoek");

    api().get("/aanmeldingen/{uuid}", uuid).then().body("status", equalTo("NIEUW"));

    Map<String, Object> crisis =
        Map.of(
            "besluit", "DOORVERWIJZEN", "doorverwezenNaar", "CRISISDIENST", "motivering", "Acuut.");
    String beoordeeld = triage(uuid, etag, crisis).statusCode(200).extract().header("ETag");
    triage(uuid, beoordeeld, crisis).statusCode(409).contentType("application/problem+json");

    Map<String, Object> correctie = melding(gemeente);
    invalidRequest()
        .header("If-Match", beoordeeld)
        .body(correctie)
        .put("/aanmeldingen/{uuid}", uuid)
        .then()
        .statusCode(409);
    api().get("/aanmeldingen/{uuid}", uuid).then().body("urgentie", equalTo("ACUUT"));
  }

  @Test
  void reusingAnIdempotencyKeyForAnotherBodyIs422() {
    String gemeente = gemeente();
    String key = "sleutel-" + gemeente;
    api()
        .header("Idempotency-Key", key)
        .body(melding(gemeente))
        .post("/aanmeldingen")
        .then()
        .statusCode(201);

    Map<String, Object> other = melding(gemeente);
    other.put("urgentie", "VERHOOGD");
    invalidRequest()
        .header("Idempotency-Key", key)
        .body(other)
        .post("/aanmeldingen")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    api()
        .queryParam("gemeentecode", gemeente)
        .get("/aanmeldingen")
        .then()
        .body("count", equalTo(1));
  }

  @Test
  void aRejectedCreationFreesItsIdempotencyKey() {
    String gemeente = gemeente();
    String key = "herstel-" + gemeente;
    Map<String, Object> wrong = melding(gemeente);
    wrong.put("betrokkene", Map.of("bsn", "123456789"));
    invalidRequest()
        .header("Idempotency-Key", key)
        .body(wrong)
        .post("/aanmeldingen")
        .then()
        .statusCode(400);

    api()
        .header("Idempotency-Key", key)
        .body(melding(gemeente))
        .post("/aanmeldingen")
        .then()
        .statusCode(201);
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String gemeente = gemeente();
    Map<String, Object> body = new HashMap<>(melding(gemeente));
    body.put("omschrijvingZorgen", "x".repeat(70 * 1024));
    invalidRequest()
        .body(body)
        .post("/aanmeldingen")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413));
    assertNothingStoredFor(gemeente);
  }

  @Test
  void otherMediaTypesAndMethodsAreProblems() {
    invalidRequest()
        .contentType(ContentType.XML)
        .body("<aanmelding/>")
        .post("/aanmeldingen")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    invalidRequest()
        .delete("/aanmeldingen")
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
  }

  private static ValidatableResponse rejected(Response response) {
    return response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("invalidParams.size()", org.hamcrest.Matchers.greaterThan(0));
  }

  private static void assertNothingStoredFor(String gemeente) {
    api()
        .queryParam("gemeentecode", gemeente)
        .get("/aanmeldingen")
        .then()
        .body("count", equalTo(0));
  }
}
