package nl.wams.coordinatie.api;

import static io.restassured.RestAssured.given;
import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static nl.wams.coordinatie.api.Api.AMSTERDAM;
import static nl.wams.coordinatie.api.Api.COORDINATOR;
import static nl.wams.coordinatie.api.Api.COORDINATOR_PARTNER;
import static nl.wams.coordinatie.api.Api.COORDINATOR_UTRECHT;
import static nl.wams.coordinatie.api.Api.ONDERZOEKER;
import static nl.wams.coordinatie.api.Api.ONDERZOEKER_UTRECHT;
import static nl.wams.coordinatie.api.Api.actie;
import static nl.wams.coordinatie.api.Api.als;
import static nl.wams.coordinatie.api.Api.invalidParams;
import static nl.wams.coordinatie.api.Api.plan;
import static nl.wams.coordinatie.api.Api.vandaag;
import static nl.wams.coordinatie.api.Api.wijzig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The coordinated approach end to end through the HTTP APIs, with the real onderzoek: from the
 * conclusion of the onderzoek to the end of the approach, with real tokens. Calls to onderzoek are
 * checked against onderzoek's contract, calls to coordinatie against coordinatie's.
 */
@QuarkusTest
@TestProfile(MetEchtOnderzoek.class)
class CoordinatieScenarioTest {

  private static final OpenApiValidationFilter ONDERZOEK_CONTRACT = onderzoekContract();

  @Test
  void mandatoryCoordinationFromConclusionToEnd() {
    ExtractableResponse<Response> procedure =
        conclusie(List.of("FINANCIEN:WGS", "ZELFREDZAAMHEID:WMO"), false);
    assertThat(procedure.<String>path("conclusie.uitkomst")).isEqualTo("COORDINATIE_VERPLICHT");

    // The onderzoeker creates the aanpak; coordinatie fetches the procedure with their token.
    ExtractableResponse<Response> aanpak =
        als(ONDERZOEKER)
            .body(Map.of("procedure", procedure.<String>path("url")))
            .post("/aanpakken")
            .then()
            .statusCode(201)
            .body("coordinatieplicht", equalTo("VERPLICHT"))
            .body("gemeentecode", equalTo(AMSTERDAM))
            .extract();
    assertThat(OffsetDateTime.parse(aanpak.path("procedureGestartOp")).toInstant())
        .isEqualTo(OffsetDateTime.parse(procedure.path("gestartOp")).toInstant());
    assertThat(aanpak.asString()).doesNotContain(procedure.<String>path("betrokkene.bsn"));

    // Coordination is mandatory: no decision without a coordinator.
    assertThat(
            invalidParams(
                wijzig(
                        ONDERZOEKER,
                        aanpak,
                        "POST",
                        "/besluit",
                        Map.of("soort", "GECOORDINEERDE_AANPAK"))
                    .statusCode(400)))
        .contains("coordinator-verplicht");

    String coordinator = Api.poolLid(COORDINATOR, AMSTERDAM);
    aanpak = Api.stelAan(aanpak, coordinator);

    // The coordinator draws up the plan: an action already late, one blocked, an evaluation.
    Map<String, Object> geblokkeerd =
        actie("Woningcorporatie: betalingsregeling", vandaag().plusDays(10), "GEBLOKKEERD");
    geblokkeerd.put("blokkadeReden", "Wacht op het huurcontract van de cliënt");
    aanpak =
        wijzig(
                COORDINATOR,
                aanpak,
                "PUT",
                "/plan",
                plan(
                    List.of(
                        actie("Kredietbank: intake schuldhulp", vandaag().minusDays(1), "OPEN"),
                        geblokkeerd),
                    List.of(Map.of("geplandOp", vandaag().plusWeeks(4).toString())),
                    null))
            .statusCode(200)
            .extract();
    aanpak = Api.besluit(aanpak, Map.of("soort", "GECOORDINEERDE_AANPAK"));
    assertThat(aanpak.<String>path("status")).isEqualTo("ACTIEF");
    assertThat(aanpak.<String>path("volgendeEvaluatieOp"))
        .isEqualTo(vandaag().plusWeeks(4).toString());

    // The late action is in the coordinator's workflow view.
    List<Map<String, Object>> signalen =
        als(COORDINATOR)
            .queryParam("coordinator", Api.uuid(coordinator))
            .queryParam("aanpak", aanpak.<String>path("uuid"))
            .get("/werkvoorraad")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("results");
    assertThat(signalen)
        .extracting(s -> s.get("soort"), s -> s.get("omschrijving"), s -> s.get("dagenTeLaat"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "ACTIE_TE_LAAT", "Kredietbank: intake schuldhulp", 1),
            org.assertj.core.groups.Tuple.tuple(
                "ACTIE_GEBLOKKEERD", "Woningcorporatie: betalingsregeling", 0));

    // The appointed coordinator now reads the procedure at onderzoek, which asks coordinatie with
    // the coordinator's own token; another coordinator is still refused there.
    onderzoek(COORDINATOR).get(procedure.<String>path("url")).then().statusCode(200);
    onderzoek(COORDINATOR_PARTNER).get(procedure.<String>path("url")).then().statusCode(403);

    // Goals reached: the end, with its reason and lead time.
    ExtractableResponse<Response> beeindigd =
        wijzig(
                COORDINATOR,
                aanpak,
                "POST",
                "/beeindiging",
                Map.of("reden", "DOELEN_BEREIKT", "datum", vandaag().toString()))
            .statusCode(200)
            .extract();
    long verwacht =
        ChronoUnit.DAYS.between(
            OffsetDateTime.parse(procedure.path("gestartOp"))
                .atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))
                .toLocalDate(),
            vandaag());
    assertThat(beeindigd.<String>path("status")).isEqualTo("BEEINDIGD");
    assertThat(beeindigd.<String>path("beeindiging.reden")).isEqualTo("DOELEN_BEREIKT");
    assertThat(beeindigd.<Integer>path("beeindiging.doorlooptijdDagen")).isEqualTo((int) verwacht);
    als(COORDINATOR)
        .queryParam("aanpak", aanpak.<String>path("uuid"))
        .get("/werkvoorraad")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
  }

  @Test
  void optionalCoordinationTheMunicipalityDecidesNotToCoordinate() {
    ExtractableResponse<Response> procedure =
        conclusie(List.of("HUISVESTING:WONEN", "OPVOEDING_EN_GEZIN:JEUGDWET"), false);
    assertThat(procedure.<String>path("conclusie.uitkomst")).isEqualTo("COORDINATIE_OPTIONEEL");

    ExtractableResponse<Response> aanpak =
        Api.maakAanpak(java.net.URI.create(procedure.path("url")));
    assertThat(aanpak.<String>path("coordinatieplicht")).isEqualTo("OPTIONEEL");
    ExtractableResponse<Response> besloten =
        Api.besluit(
            aanpak,
            Map.of(
                "soort",
                "GEEN_COORDINATIE",
                "motivering",
                "De jeugdconsulent en de corporatie stemmen zelf af; de cliënt wil geen regisseur."));
    assertThat(besloten.<String>path("status")).isEqualTo("GEEN_COORDINATIE");
    assertThat(besloten.<String>path("besluit.soort")).isEqualTo("GEEN_COORDINATIE");
  }

  @Test
  void singleTrackHelpHasNoAanpak() {
    ExtractableResponse<Response> procedure =
        conclusie(List.of("FINANCIEN:WGS", "WERK_EN_DAGBESTEDING:PARTICIPATIEWET"), true);
    assertThat(procedure.<String>path("conclusie.uitkomst")).isEqualTo("ENKELVOUDIG");
    als(ONDERZOEKER)
        .body(Map.of("procedure", procedure.<String>path("url")))
        .post("/aanpakken")
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("ENKELVOUDIG"));
  }

  @Test
  void othersNeitherCreateNorSeeTheAanpak() {
    ExtractableResponse<Response> procedure =
        conclusie(List.of("FINANCIEN:WGS", "ZELFREDZAAMHEID:WMO"), false);
    String url = procedure.path("url");

    // Onderzoek's own rule: Utrecht's onderzoeker may not see Amsterdam's procedure.
    als(ONDERZOEKER_UTRECHT)
        .body(Map.of("procedure", url))
        .post("/aanpakken")
        .then()
        .statusCode(403);

    ExtractableResponse<Response> aanpak = Api.maakAanpak(java.net.URI.create(url));
    Api.stelAan(aanpak, Api.poolLid(COORDINATOR, AMSTERDAM));
    for (String ander : List.of(COORDINATOR_PARTNER, COORDINATOR_UTRECHT, ONDERZOEKER_UTRECHT)) {
      als(ander).get("/aanpakken/{uuid}", aanpak.<String>path("uuid")).then().statusCode(403);
      als(ander)
          .queryParam("procedure", url)
          .get("/aanpakken")
          .then()
          .statusCode(200)
          .body("count", equalTo(0));
    }
    als(COORDINATOR)
        .queryParam("procedure", url)
        .get("/aanpakken")
        .then()
        .statusCode(200)
        .body("count", equalTo(1));
  }

  /**
   * A procedure at the real onderzoek, investigated with these problems ("LEEFGEBIED:DOMEIN") and
   * concluded with a coordinated approach desired (or, when {@code enkelvoudig}, not desired).
   */
  @Test
  void theResidentReadsTheAanpakOfTheirOwnProcedureAndNoOneElses() {
    ExtractableResponse<Response> procedure =
        conclusie(List.of("FINANCIEN:WGS", "ZELFREDZAAMHEID:WMO"), false);
    String bsn = procedure.path("betrokkene.bsn");
    String url = procedure.path("url");
    ExtractableResponse<Response> aanpak =
        als(ONDERZOEKER)
            .body(Map.of("procedure", url))
            .post("/aanpakken")
            .then()
            .statusCode(201)
            .extract();
    aanpak = Api.stelAan(aanpak, Api.poolLid(COORDINATOR, AMSTERDAM));
    String uuid = aanpak.path("uuid");

    String eigen = Tokens.accessToken("inwoner-" + bsn, "inwoner", Map.of("bsn", bsn));
    metToken(eigen)
        .get("/aanpakken/{uuid}", uuid)
        .then()
        .statusCode(200)
        .body("uuid", equalTo(uuid))
        .body("aanstelling.coordinator", equalTo(aanpak.<String>path("aanstelling.coordinator")));
    metToken(eigen)
        .queryParam("procedure", url)
        .get("/aanpakken")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].uuid", equalTo(uuid));
    // Without naming the procedure a resident's list is empty: coordinatie knows no BSN.
    metToken(eigen).get("/aanpakken").then().statusCode(200).body("count", equalTo(0));
    // The resident reaches the appointed coordinator, not the pool.
    String coordinatorUrl = aanpak.path("aanstelling.coordinator");
    metToken(eigen)
        .get("/coordinatoren/{uuid}", coordinatorUrl.substring(coordinatorUrl.lastIndexOf('/') + 1))
        .then()
        .statusCode(200)
        .body("naam", org.hamcrest.Matchers.notNullValue());
    metToken(eigen).get("/coordinatoren").then().statusCode(200).body("count", equalTo(0));

    String ander = Tokens.accessToken("inwoner-2");
    given()
        .filter(nl.wams.commons.test.ContractValidation.responseContract())
        .basePath(Api.BASE)
        .auth()
        .oauth2(ander)
        .get("/aanpakken/{uuid}", uuid)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    metToken(ander)
        .queryParam("procedure", url)
        .get("/aanpakken")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
    // Nor another resident's coordinator (found by the cross-principal probes).
    given()
        .filter(nl.wams.commons.test.ContractValidation.responseContract())
        .basePath(Api.BASE)
        .auth()
        .oauth2(ander)
        .get("/coordinatoren/{uuid}", coordinatorUrl.substring(coordinatorUrl.lastIndexOf('/') + 1))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void everyAnswerAboutAnAanpakNamesExactlyThePeopleOfItsProcedure() {
    String lid = nieuwBsn();
    ExtractableResponse<Response> procedure =
        conclusie(List.of("FINANCIEN:WGS", "ZELFREDZAAMHEID:WMO"), false, lid);
    Set<String> mensen = Set.of(procedure.<String>path("betrokkene.bsn"), lid);
    ExtractableResponse<Response> aanpak =
        als(ONDERZOEKER)
            .body(Map.of("procedure", procedure.<String>path("url")))
            .post("/aanpakken")
            .then()
            .statusCode(201)
            .extract();
    assertThat(genoemd(aanpak)).isEqualTo(mensen);
    aanpak = Api.stelAan(aanpak, Api.poolLid(COORDINATOR, AMSTERDAM));
    assertThat(genoemd(aanpak)).isEqualTo(mensen);
    String uuid = aanpak.path("uuid");
    assertThat(
            genoemd(
                als(COORDINATOR).get("/aanpakken/{uuid}", uuid).then().statusCode(200).extract()))
        .isEqualTo(mensen);

    // A list names the people of every aanpak on the page: here the two newest.
    String anderLid = nieuwBsn();
    ExtractableResponse<Response> tweede =
        conclusie(List.of("FINANCIEN:WGS", "ZELFREDZAAMHEID:WMO"), false, anderLid);
    Api.maakAanpak(java.net.URI.create(tweede.path("url")));
    Set<String> allen = new java.util.HashSet<>(mensen);
    allen.addAll(Set.of(tweede.<String>path("betrokkene.bsn"), anderLid));
    assertThat(
            genoemd(
                als(ONDERZOEKER)
                    .queryParam("pageSize", 2)
                    .get("/aanpakken")
                    .then()
                    .statusCode(200)
                    .body("count", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                    .extract()))
        .isEqualTo(allen);

    // A refusal or an unknown aanpak names nobody; an empty list neither.
    given()
        .filter(nl.wams.commons.test.ContractValidation.responseContract())
        .basePath(Api.BASE)
        .auth()
        .oauth2(Tokens.accessToken(COORDINATOR_UTRECHT))
        .get("/aanpakken/{uuid}", uuid)
        .then()
        .statusCode(403)
        .header(Betrokkenen.HEADER, org.hamcrest.Matchers.nullValue());
    given()
        .filter(nl.wams.commons.test.ContractValidation.responseContract())
        .basePath(Api.BASE)
        .auth()
        .oauth2(Tokens.accessToken(ONDERZOEKER))
        .get("/aanpakken/{uuid}", java.util.UUID.randomUUID())
        .then()
        .statusCode(404)
        .header(Betrokkenen.HEADER, org.hamcrest.Matchers.nullValue());
    als(COORDINATOR_UTRECHT)
        .queryParam("procedure", procedure.<String>path("url"))
        .get("/aanpakken")
        .then()
        .statusCode(200)
        .body("count", equalTo(0))
        .header(Betrokkenen.HEADER, org.hamcrest.Matchers.nullValue());
    // The pool of coordinators is about the coordinators, nobody's procedure.
    als(COORDINATOR)
        .get("/coordinatoren")
        .then()
        .statusCode(200)
        .header(Betrokkenen.HEADER, org.hamcrest.Matchers.nullValue());
  }

  private static Set<String> genoemd(ExtractableResponse<Response> antwoord) {
    String header = antwoord.header(Betrokkenen.HEADER);
    return header == null ? Set.of() : Set.of(header.split(","));
  }

  private static RequestSpecification metToken(String token) {
    return given()
        .filter(nl.wams.commons.test.ContractValidation.contract())
        .basePath(Api.BASE)
        .contentType(io.restassured.http.ContentType.JSON)
        .auth()
        .oauth2(token);
  }

  static ExtractableResponse<Response> conclusie(
      List<String> problemen, boolean enkelvoudig, String... huishoudleden) {
    Map<String, Object> start = new HashMap<>();
    start.put("gemeentecode", AMSTERDAM);
    start.put("ingang", Map.of("soort", "HULPVRAAG"));
    start.put("betrokkene", Map.of("bsn", nieuwBsn()));
    ExtractableResponse<Response> dossier =
        onderzoek(ONDERZOEKER)
            .body(start)
            .post(EchtOnderzoek.url() + "/onderzoek/v1/procedures")
            .then()
            .statusCode(201)
            .extract();
    List<String> leefgebieden = problemen.stream().map(p -> p.split(":")[0]).toList();
    dossier = wijzigDossier(dossier, "PUT", "/reikwijdte", Map.of("leefgebieden", leefgebieden));
    for (String lid : huishoudleden) {
      dossier =
          wijzigDossier(
              dossier,
              "POST",
              "/huishoudleden",
              Map.of(
                  "relatie",
                  "PARTNER",
                  "bsn",
                  lid,
                  "omschrijving",
                  "Partner",
                  "medewerking",
                  true));
    }
    for (String probleem : problemen) {
      String[] delen = probleem.split(":");
      dossier =
          wijzigDossier(
              dossier,
              "POST",
              "/problemen",
              Map.of(
                  "leefgebied",
                  delen[0],
                  "domein",
                  delen[1],
                  "omschrijving",
                  "Zorgen over " + delen[0]));
    }
    Map<String, Object> conclusie = new HashMap<>();
    conclusie.put("gecoordineerdeAanpakWenselijk", !enkelvoudig);
    conclusie.put("motivering", "Besproken met de cliënt.");
    conclusie.put("clientGeinformeerdOp", vandaag().toString());
    conclusie.put("clientGeinformeerdWijze", "GESPREK");
    conclusie.put("clientCoordineertZelf", false);
    conclusie.put("clientondersteuningAangeboden", true);
    return wijzigDossier(dossier, "PUT", "/conclusie", conclusie);
  }

  private static ExtractableResponse<Response> wijzigDossier(
      ExtractableResponse<Response> dossier, String method, String pad, Object body) {
    return onderzoek(ONDERZOEKER)
        .header("If-Match", dossier.header("ETag"))
        .body(body)
        .request(method, dossier.<String>path("url") + pad)
        .then()
        .statusCode(200)
        .extract();
  }

  private static RequestSpecification onderzoek(String gebruiker) {
    return given()
        .filter(ONDERZOEK_CONTRACT)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(gebruiker));
  }

  private static OpenApiValidationFilter onderzoekContract() {
    try {
      return new OpenApiValidationFilter(
          OpenApiInteractionValidator.createForInlineApiSpecification(
                  Files.readString(Path.of("../../api-specs/onderzoek/openapi.yaml")))
              .build());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
