package nl.wams.casusoverleg.api;

import static nl.wams.casusoverleg.api.Api.GGZ;
import static nl.wams.casusoverleg.api.Api.ONDERZOEKER;
import static nl.wams.casusoverleg.api.Api.als;
import static nl.wams.casusoverleg.api.Api.fouteInvoerAls;
import static nl.wams.casusoverleg.api.Api.invalidNames;
import static nl.wams.casusoverleg.api.Api.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Bad input is answered with a problem and changes nothing: 400 with invalidParams, 404, 409, 412,
 * 413, 422, 428; and a procedure onderzoek does not give is no overleg (fail closed).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class FouteInvoerApiTest {

  @Test
  void unknownFieldsBadEnumsAndMissingFieldsAre400WithInvalidParams() {
    Map<String, Object> onbekend = Api.anoniem("Casus");
    onbekend.put("deelnemersAantal", 3);
    assertThat(invalidParams(plan(onbekend))).containsExactly("unknown-field");

    Map<String, Object> fouteFase = Api.anoniem("Casus");
    fouteFase.put("fase", "NAZORG");
    assertThat(invalidNames(plan(fouteFase))).containsExactly("fase");

    Map<String, Object> zonderOnderwerp = Api.anoniem("Casus");
    zonderOnderwerp.remove("onderwerp");
    assertThat(invalidNames(plan(zonderOnderwerp))).containsExactly("onderwerp");

    Map<String, Object> geenDatum = Api.anoniem("Casus");
    geenDatum.put("geplandOp", "morgen");
    assertThat(invalidNames(plan(geenDatum))).containsExactly("geplandOp");
  }

  @Test
  void anUnknownFilterValueIs400NamingTheParameter() {
    assertThat(
            invalidNames(
                fouteInvoerAls(ONDERZOEKER)
                    .queryParam("fase", "NAZORG")
                    .get("/overleggen")
                    .then()
                    .statusCode(400)))
        .containsExactly("fase");
  }

  @Test
  void anIdentifiedOverlegNeedsItsProcedure() {
    Map<String, Object> body = Api.geidentificeerd(Onderzoek.inOnderzoek(), "ONDERZOEK");
    body.remove("procedure");
    assertThat(invalidNames(plan(body))).containsExactly("procedure");
  }

  @Test
  void aProcedureOnderzoekDoesNotGiveIsNoOverleg() {
    URI onbekend = Onderzoek.nieuweUrl();
    assertThat(invalidParams(plan(Api.geidentificeerd(onbekend, "ONDERZOEK"))))
        .containsExactly("onbekend");
    plan(Api.geidentificeerd(Onderzoek.fout(403), "ONDERZOEK"), 403);
    plan(Api.geidentificeerd(Onderzoek.fout(500), "ONDERZOEK"), 503);
    plan(Api.geidentificeerd(Onderzoek.stil(), "ONDERZOEK"), 504);
    assertThat(
            invalidParams(
                plan(
                    Api.geidentificeerd(
                        URI.create("https://elders.example/procedures/" + UUID.randomUUID()),
                        "ONDERZOEK"))))
        .containsExactly("geen-procedure");
    // A procedure of another municipality (onderzoek let the caller see it): still not theirs.
    plan(Api.geidentificeerd(Onderzoek.utrecht(), "ONDERZOEK"), 403);
  }

  @Test
  void aReusedIdempotencyKeyWithAnotherBodyIs422() {
    String sleutel = UUID.randomUUID().toString();
    als(ONDERZOEKER)
        .header("Idempotency-Key", sleutel)
        .body(Api.anoniem("Eerste casus"))
        .post("/overleggen")
        .then()
        .statusCode(201);
    als(ONDERZOEKER)
        .header("Idempotency-Key", sleutel)
        .body(Api.anoniem("Tweede casus"))
        .post("/overleggen")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }

  @Test
  void anUnknownOverlegIs404() {
    als(ONDERZOEKER).get("/overleggen/{uuid}", UUID.randomUUID()).then().statusCode(404);
    als(ONDERZOEKER)
        .header("If-Match", "\"0\"")
        .body(Api.deelnemer(GGZ, "ZORG", false))
        .post("/overleggen/{uuid}/deelnemers", UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void changesNeedTheCurrentVersion() {
    Casus casus = Casus.gepland(ONDERZOEKER, Api.anoniem("Casus"));
    als(ONDERZOEKER)
        .body(Api.deelnemer(GGZ, "ZORG", false))
        .post("/overleggen/{uuid}/deelnemers", casus.uuid)
        .then()
        .statusCode(428);
    casus.deelnemer(GGZ, "ZORG", false);
    als(ONDERZOEKER)
        .header("If-Match", "\"0\"")
        .body(Api.deelnemer("UWV", "WERK_INKOMEN", true))
        .post("/overleggen/{uuid}/deelnemers", casus.uuid)
        .then()
        .statusCode(412);

    assertThat(casus.get(ONDERZOEKER).<java.util.List<String>>path("deelnemers.organisatie"))
        .containsExactly(GGZ);
  }

  @Test
  void brokenRulesOnPartsAre400AndChangeNothing() {
    Casus casus =
        Casus.gepland(ONDERZOEKER, Api.geidentificeerd(Onderzoek.inOnderzoek(), "ONDERZOEK"));
    String ggz = casus.deelnemer(GGZ, "ZORG", false);
    String versie = casus.etag();

    Map<String, Object> zonderNoodzaak = Api.deelnemer("UWV", "WERK_INKOMEN", true);
    zonderNoodzaak.put("noodzaak", "   ");
    assertThat(
            invalidParams(casus.post(ONDERZOEKER, "/deelnemers", zonderNoodzaak).statusCode(400)))
        .containsExactly("noodzaak-ontbreekt");
    assertThat(
            invalidParams(
                casus
                    .post(ONDERZOEKER, "/deelnemers", Api.deelnemer("ggz noord", "ZORG", false))
                    .statusCode(400)))
        .containsExactly("al-deelnemer");
    assertThat(
            invalidNames(
                casus
                    .post(
                        ONDERZOEKER,
                        "/inbreng",
                        Api.inbreng(
                            UUID.randomUUID().toString(),
                            "gezondheid",
                            "Diagnose",
                            Api.alleenVoor(UUID.randomUUID().toString())))
                    .statusCode(400)))
        .containsExactly("verstrekker", "voorwaarden.alleenVoor");
    assertThat(
            invalidNames(
                casus
                    .post(
                        ONDERZOEKER,
                        "/afspraken",
                        Map.of(
                            "omschrijving",
                            "Iets",
                            "partij",
                            UUID.randomUUID().toString(),
                            "deadline",
                            "2026-12-01"))
                    .statusCode(400)))
        .containsExactly("partij");
    assertThat(
            invalidNames(
                casus
                    .post(
                        ONDERZOEKER,
                        "/afronding",
                        Map.of(
                            "gehoudenOp",
                            "2999-01-01T10:00:00Z",
                            "aanwezigeDeelnemers",
                            java.util.List.of(ggz)))
                    .statusCode(400)))
        .contains("gehoudenOp");
    // An empty string or null where a uuid belongs is no "nobody": 400 naming the element.
    for (Object leeg : java.util.Arrays.asList("", null)) {
      assertThat(
              invalidNames(
                  fouteInvoerAls(ONDERZOEKER)
                      .header("If-Match", versie)
                      .body(
                          Map.of(
                              "gehoudenOp",
                              "2026-01-01T10:00:00Z",
                              "aanwezigeDeelnemers",
                              java.util.Arrays.asList(ggz, leeg)))
                      .post("/overleggen/{uuid}/afronding", casus.uuid)
                      .then()
                      .statusCode(400)))
          .singleElement()
          .asString()
          .startsWith("aanwezigeDeelnemers");
    }

    // An enum value the contract does not know, inside a part.
    ValidatableResponse fouteCategorie =
        fouteInvoerAls(ONDERZOEKER)
            .header("If-Match", versie)
            .body(Api.inbreng(ggz, "medisch", "Diagnose", null))
            .post("/overleggen/{uuid}/inbreng", casus.uuid)
            .then()
            .statusCode(400);
    assertThat(invalidNames(fouteCategorie)).containsExactly("categorie");

    als(ONDERZOEKER)
        .get("/overleggen/{uuid}", casus.uuid)
        .then()
        .header("ETag", versie)
        .body("deelnemers.size()", equalTo(1))
        .body("inbreng.size()", equalTo(0))
        .body("afspraken.size()", equalTo(0))
        .body("status", equalTo("GEPLAND"));
  }

  @Test
  void requestsAndAnswersFollowTheirRules() {
    Casus casus =
        Casus.gepland(ONDERZOEKER, Api.geidentificeerd(Onderzoek.inOnderzoek(), "ONDERZOEK"));
    String ggz = casus.deelnemer(GGZ, "ZORG", false);
    String wijkteam = casus.deelnemer("Wijkteam Noord", "WMO", false);
    String inbreng = casus.inbreng(ONDERZOEKER, Api.inbreng(ggz, "zorg", "In behandeling", null));

    assertThat(
            invalidParams(
                casus.post(ONDERZOEKER, "/verzoeken", Api.verzoek(inbreng, ggz)).statusCode(400)))
        .containsExactly("eigen-inbreng");
    assertThat(
            invalidParams(
                casus
                    .post(
                        ONDERZOEKER,
                        "/verzoeken",
                        Api.verzoek(UUID.randomUUID().toString(), wijkteam))
                    .statusCode(400)))
        .containsExactly("niet-beschikbaar");
    Map<String, Object> zonderMotivering = new HashMap<>(Api.verzoek(inbreng, wijkteam));
    zonderMotivering.put("motivering", " ");
    assertThat(
            invalidParams(casus.post(ONDERZOEKER, "/verzoeken", zonderMotivering).statusCode(400)))
        .containsExactly("motivering-ontbreekt");

    String verzoek =
        casus
            .post(ONDERZOEKER, "/verzoeken", Api.verzoek(inbreng, wijkteam))
            .statusCode(201)
            .extract()
            .path("id");
    casus
        .post(
            ONDERZOEKER,
            "/verzoeken/" + verzoek + "/beoordeling",
            Map.of("noodzakelijk", true, "toelichting", " "))
        .statusCode(400);
    casus
        .post(
            ONDERZOEKER,
            "/verzoeken/" + UUID.randomUUID() + "/instemming",
            Map.of("instemming", true))
        .statusCode(404);
    String voorInstemming = casus.etag();
    casus
        .post(ONDERZOEKER, "/verzoeken/" + verzoek + "/instemming", Map.of("instemming", false))
        .statusCode(200);
    // Answering a request is a change of the overleg: a new version, the old one refused.
    assertThat(casus.etag()).isNotEqualTo(voorInstemming);
    als(ONDERZOEKER)
        .header("If-Match", voorInstemming)
        .body(Map.of("noodzakelijk", true, "toelichting", "Nodig"))
        .post("/overleggen/{uuid}/verzoeken/{id}/beoordeling", casus.uuid, verzoek)
        .then()
        .statusCode(412);
    // Refused: the decision is final.
    casus
        .post(
            ONDERZOEKER,
            "/verzoeken/" + verzoek + "/beoordeling",
            Map.of("noodzakelijk", true, "toelichting", "Nodig"))
        .statusCode(409);
  }

  @Test
  void aBodyBeyondTheLimitIs413() {
    fouteInvoerAls(ONDERZOEKER)
        .body(Api.anoniem("x".repeat(70_000)))
        .post("/overleggen")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }

  private static ValidatableResponse plan(Map<String, Object> body) {
    return plan(body, 400);
  }

  private static ValidatableResponse plan(Map<String, Object> body, int status) {
    return fouteInvoerAls(ONDERZOEKER)
        .body(body)
        .post("/overleggen")
        .then()
        .statusCode(status)
        .contentType("application/problem+json");
  }
}
