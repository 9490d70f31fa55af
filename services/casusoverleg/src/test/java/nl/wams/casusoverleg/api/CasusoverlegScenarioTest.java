package nl.wams.casusoverleg.api;

import static io.restassured.RestAssured.given;
import static nl.wams.casusoverleg.api.Api.CORPORATIE;
import static nl.wams.casusoverleg.api.Api.GGZ;
import static nl.wams.casusoverleg.api.Api.ONDERZOEKER;
import static nl.wams.casusoverleg.api.Api.PARTNER_CORPORATIE;
import static nl.wams.casusoverleg.api.Api.PARTNER_GGZ;
import static nl.wams.casusoverleg.api.Api.als;
import static nl.wams.casusoverleg.api.Api.fouteInvoerAls;
import static nl.wams.casusoverleg.api.Api.invalidNames;
import static nl.wams.casusoverleg.api.Api.invalidParams;
import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A casusoverleg end to end through the HTTP APIs, with the real onderzoek and real tokens: the
 * 'dubbele pet' of a housing corporation at the table with a GGZ provider, the schuldhulp and the
 * wijkteam; requests for further processing refused for each missing condition and granted when all
 * hold; and an anonymous overleg that takes no BSN. Calls to onderzoek are checked against
 * onderzoek's contract, calls to casusoverleg against casusoverleg's.
 */
@QuarkusTest
@TestProfile(MetEchtOnderzoek.class)
class CasusoverlegScenarioTest {

  private static final OpenApiValidationFilter ONDERZOEK_CONTRACT = onderzoekContract();

  private static final String DIAGNOSE = "Bekend met een depressieve stoornis, in behandeling.";
  private static final String SCHULDEN =
      "Schulden van ca. 14.000 euro bij energie en zorgverzekeraar.";
  private static final String HUUR =
      "Huurachterstand van drie maanden; ontruiming nog niet gestart.";

  @Test
  void theDubbelePetAtTheTable() {
    String bsn = nieuwBsn();
    String procedure = procedureInOnderzoek(bsn);

    // The onderzoeker plans the overleg; casusoverleg fetched the procedure with their token.
    Casus casus =
        Casus.gepland(
            ONDERZOEKER, Api.geidentificeerd(java.net.URI.create(procedure), "ONDERZOEK"));
    String ggz = casus.deelnemer(GGZ, "ZORG", false);
    String corporatie = casus.deelnemer(CORPORATIE, "WONEN", true);
    String schuldhulp = casus.deelnemer("Gemeente Amsterdam, schuldhulp", "WGS", false);
    String wijkteam = casus.deelnemer("Wijkteam Noord", "WMO", false);
    String client = casus.uitnodiging("CLIENT");
    casus.uitnodiging("CLIENTONDERSTEUNER");

    // What is shared: by the GGZ itself, by the municipality for its schuldhulp, by the
    // corporation.
    String diagnose =
        casus.inbreng(
            PARTNER_GGZ, Api.inbreng(ggz, "gezondheid", DIAGNOSE, Api.nietVoorHandhaving()));
    String schulden =
        casus.inbreng(
            ONDERZOEKER, Api.inbreng(schuldhulp, "financieel", SCHULDEN, Api.nietVoorHandhaving()));
    String huur = casus.inbreng(PARTNER_CORPORATIE, Api.inbreng(corporatie, "wonen", HUUR, null));

    // Further processing outside the overleg: refused for each missing condition ...
    String nietNodig = verzoek(casus, ONDERZOEKER, huur, schuldhulp);
    instemming(casus, PARTNER_CORPORATIE, nietNodig, true);
    ExtractableResponse<Response> geweigerdNoodzaak =
        beoordeling(
            casus, nietNodig, false, "De schuldhulp heeft de huurachterstand al van de cliënt.");
    assertBesluit(geweigerdNoodzaak, "GEWEIGERD", "NIET_VERVULD", "VERVULD", "NIET_VAN_TOEPASSING");

    String zonderInstemming = verzoek(casus, PARTNER_GGZ, huur, ggz);
    beoordeling(
        casus, zonderInstemming, true, "De behandelaar stemt de behandeling af op de woonstress.");
    ExtractableResponse<Response> geweigerdInstemming =
        instemming(casus, PARTNER_CORPORATIE, zonderInstemming, false);
    assertBesluit(
        geweigerdInstemming, "GEWEIGERD", "VERVULD", "NIET_VERVULD", "NIET_VAN_TOEPASSING");

    ExtractableResponse<Response> geweigerdDomeinwet =
        casus
            .post(ONDERZOEKER, "/verzoeken", Api.verzoek(diagnose, schuldhulp))
            .statusCode(201)
            .extract();
    assertBesluit(geweigerdDomeinwet, "GEWEIGERD", "OPEN", "OPEN", "NIET_VERVULD");
    assertThat(geweigerdDomeinwet.<String>path("besluit.gronden[2].toelichting")).contains("WGS");
    casus
        .post(
            PARTNER_GGZ,
            "/verzoeken/" + geweigerdDomeinwet.path("id") + "/instemming",
            Map.of("instemming", true))
        .statusCode(409);

    // ... and granted when all hold: the wijkteam (Wmo) may process health data under its own law.
    String toegestaan = verzoek(casus, ONDERZOEKER, diagnose, wijkteam);
    instemming(casus, PARTNER_GGZ, toegestaan, true);
    ExtractableResponse<Response> verleend =
        beoordeling(casus, toegestaan, true, "Nodig om de Wmo-ondersteuning af te stemmen.");
    assertBesluit(verleend, "TOEGESTAAN", "VERVULD", "VERVULD", "VERVULD");
    assertThat(verleend.<String>path("besluit.genomenOp")).isNotNull();
    // The decision and its grounds are kept and readable.
    als(ONDERZOEKER)
        .get("/overleggen/{uuid}/verzoeken/{id}", casus.uuid, toegestaan)
        .then()
        .statusCode(200)
        .body("besluit.uitkomst", equalTo("TOEGESTAAN"))
        .body("besluit.gronden.vervulling", equalTo(List.of("VERVULD", "VERVULD", "VERVULD")));

    // Agreements, and the overleg is held.
    casus
        .post(
            ONDERZOEKER,
            "/afspraken",
            Map.of(
                "omschrijving",
                "Betalingsregeling voorstellen",
                "partij",
                corporatie,
                "deadline",
                "2026-12-01"))
        .statusCode(201);
    casus
        .post(
            ONDERZOEKER,
            "/afspraken",
            Map.of(
                "omschrijving",
                "Intake schuldhulp plannen",
                "partij",
                schuldhulp,
                "deadline",
                "2026-12-01"))
        .statusCode(201);
    casus
        .post(
            ONDERZOEKER,
            "/afronding",
            Map.of(
                "gehoudenOp", Api.nu(),
                "aanwezigeDeelnemers", List.of(ggz, corporatie, schuldhulp, wijkteam),
                "aanwezigeUitgenodigden", List.of(client)))
        .statusCode(200);

    // The corporation never receives what is not for enforcement - in no answer at all.
    List<String> antwoorden = new ArrayList<>();
    antwoorden.add(
        als(PARTNER_CORPORATIE)
            .get("/overleggen/{uuid}", casus.uuid)
            .then()
            .statusCode(200)
            .extract()
            .asString());
    antwoorden.add(
        als(PARTNER_CORPORATIE)
            .get("/overleggen/{uuid}/inbreng", casus.uuid)
            .then()
            .statusCode(200)
            .extract()
            .asString());
    antwoorden.add(
        als(PARTNER_CORPORATIE)
            .queryParam("pageSize", 100)
            .get("/overleggen")
            .then()
            .statusCode(200)
            .extract()
            .asString());
    antwoorden.add(
        als(PARTNER_CORPORATIE)
            .get("/overleggen/{uuid}/verzoeken", casus.uuid)
            .then()
            .statusCode(200)
            .extract()
            .asString());
    for (String antwoord : antwoorden) {
      assertThat(antwoord)
          .doesNotContain(DIAGNOSE)
          .doesNotContain(SCHULDEN)
          .doesNotContain(diagnose)
          .doesNotContain(schulden)
          .doesNotContain(bsn);
    }
    for (String geheim : List.of(diagnose, schulden)) {
      // Asked by id (which it could not have learnt): 403, and nothing of the content.
      assertThat(
              als(PARTNER_CORPORATIE)
                  .get("/overleggen/{uuid}/inbreng/{id}", casus.uuid, geheim)
                  .then()
                  .statusCode(403)
                  .extract()
                  .asString())
          .doesNotContain(DIAGNOSE)
          .doesNotContain(SCHULDEN)
          .doesNotContain("gezondheid")
          .doesNotContain("financieel");
    }
    assertThat(antwoorden.get(0))
        .contains(HUUR)
        .contains("Betalingsregeling")
        .doesNotContain("Intake schuldhulp");
    // It answers the two requests about its own inbreng; the others are not its business.
    als(PARTNER_CORPORATIE)
        .get("/overleggen/{uuid}/verzoeken", casus.uuid)
        .then()
        .body("results.id", equalTo(List.of(nietNodig, zonderInstemming)));

    // The GGZ sees all that is shared with it, and its own request's decision.
    als(PARTNER_GGZ)
        .get("/overleggen/{uuid}/inbreng", casus.uuid)
        .then()
        .body("results.id", equalTo(List.of(diagnose, schulden, huur)));
    als(PARTNER_GGZ)
        .get("/overleggen/{uuid}/verzoeken/{id}", casus.uuid, zonderInstemming)
        .then()
        .statusCode(200)
        .body("besluit.uitkomst", equalTo("GEWEIGERD"));

    // Nothing of the client in casusoverleg's answers to the organiser either.
    assertThat(casus.get(ONDERZOEKER).asString()).doesNotContain(bsn);
  }

  @Test
  void theResidentSeesTheOverlegAboutThemAndItsAgreementsButNoInbreng() {
    String bsn = nieuwBsn();
    String procedure = procedureInOnderzoek(bsn);
    Casus casus =
        Casus.gepland(
            ONDERZOEKER, Api.geidentificeerd(java.net.URI.create(procedure), "ONDERZOEK"));
    String ggz = casus.deelnemer(GGZ, "ZORG", false);
    casus.inbreng(PARTNER_GGZ, Api.inbreng(ggz, "gezondheid", DIAGNOSE, null));
    casus
        .post(
            ONDERZOEKER,
            "/afspraken",
            Map.of(
                "omschrijving", "Behandelplan bespreken", "partij", ggz, "deadline", "2026-12-01"))
        .statusCode(201);

    String eigen = Tokens.accessToken("inwoner-" + bsn, "inwoner", Map.of("bsn", bsn));
    ExtractableResponse<Response> gezien =
        metToken(eigen).get("/overleggen/{uuid}", casus.uuid).then().statusCode(200).extract();
    assertThat(gezien.<List<?>>path("afspraken")).hasSize(1);
    assertThat(gezien.<List<?>>path("inbreng")).isEmpty();
    assertThat(gezien.<String>path("deelnemers[0].noodzaak")).isNotNull();
    assertThat(gezien.asString()).doesNotContain(DIAGNOSE);
    metToken(eigen)
        .queryParam("procedure", procedure)
        .get("/overleggen")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].uuid", equalTo(casus.uuid));
    metToken(eigen).get("/overleggen").then().statusCode(200).body("count", equalTo(0));
    // The parties' inbreng is not for the resident: an empty list, like every list they may see.
    metToken(eigen)
        .get("/overleggen/{uuid}/inbreng", casus.uuid)
        .then()
        .statusCode(200)
        .body("count", equalTo(0));

    String ander = Tokens.accessToken("inwoner-2");
    metToken(ander).get("/overleggen/{uuid}", casus.uuid).then().statusCode(403);
    metToken(ander)
        .queryParam("procedure", procedure)
        .get("/overleggen")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
  }

  @Test
  void everyAnswerAboutTheOverlegNamesExactlyThePeopleOfItsProcedure() {
    String bsn = nieuwBsn();
    String lid = nieuwBsn();
    String procedure = procedureMetHuishoudlid(bsn, lid);
    Set<String> mensen = Set.of(bsn, lid);
    ExtractableResponse<Response> gepland =
        als(ONDERZOEKER)
            .body(Api.geidentificeerd(java.net.URI.create(procedure), "ONDERZOEK"))
            .post("/overleggen")
            .then()
            .statusCode(201)
            .extract();
    assertThat(genoemd(gepland)).isEqualTo(mensen);
    Casus casus = Casus.van(gepland);
    String ggz = casus.deelnemer(GGZ, "ZORG", false);
    assertThat(
            genoemd(
                casus
                    .post(PARTNER_GGZ, "/inbreng", Api.inbreng(ggz, "zorg", SCHULDEN, null))
                    .statusCode(201)
                    .extract()))
        .isEqualTo(mensen);

    // The partner's reads: the overleg, its inbreng, the list.
    assertThat(genoemd(casus.get(PARTNER_GGZ))).isEqualTo(mensen);
    assertThat(
            genoemd(
                als(PARTNER_GGZ)
                    .get("/overleggen/{uuid}/inbreng", casus.uuid)
                    .then()
                    .statusCode(200)
                    .extract()))
        .isEqualTo(mensen);
    assertThat(
            genoemd(
                als(PARTNER_GGZ)
                    .queryParam("procedure", procedure)
                    .get("/overleggen")
                    .then()
                    .statusCode(200)
                    .body("count", equalTo(1))
                    .extract()))
        .isEqualTo(mensen);

    // A partner that does not take part, an unknown overleg: refused, nobody named.
    fouteInvoerAls(PARTNER_CORPORATIE)
        .get("/overleggen/{uuid}", casus.uuid)
        .then()
        .statusCode(403)
        .header(Betrokkenen.HEADER, org.hamcrest.Matchers.nullValue());
    fouteInvoerAls(PARTNER_GGZ)
        .get("/overleggen/{uuid}", java.util.UUID.randomUUID())
        .then()
        .statusCode(404)
        .header(Betrokkenen.HEADER, org.hamcrest.Matchers.nullValue());

    // An anonymous overleg is about nobody known.
    Casus anoniem = Casus.gepland(ONDERZOEKER, Api.anoniem("Casus over een gezin"));
    als(ONDERZOEKER)
        .get("/overleggen/{uuid}", anoniem.uuid)
        .then()
        .statusCode(200)
        .header(Betrokkenen.HEADER, org.hamcrest.Matchers.nullValue());
  }

  private static Set<String> genoemd(ExtractableResponse<Response> antwoord) {
    String header = antwoord.header(Betrokkenen.HEADER);
    return header == null ? Set.of() : Set.of(header.split(","));
  }

  /** A procedure at the real onderzoek with a cooperating household member. */
  private static String procedureMetHuishoudlid(String bsn, String lid) {
    String url = procedureInOnderzoek(bsn);
    String etag = onderzoek().get(url).then().statusCode(200).extract().header("ETag");
    etag =
        onderzoek()
            .header("If-Match", etag)
            .body(Map.of("leefgebieden", List.of("FINANCIEN")))
            .put(url + "/reikwijdte")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    onderzoek()
        .header("If-Match", etag)
        .body(
            Map.of(
                "relatie", "PARTNER", "bsn", lid, "omschrijving", "Partner", "medewerking", true))
        .post(url + "/huishoudleden")
        .then()
        .statusCode(200);
    return url;
  }

  private static io.restassured.specification.RequestSpecification onderzoek() {
    return given()
        .filter(ONDERZOEK_CONTRACT)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(ONDERZOEKER));
  }

  private static io.restassured.specification.RequestSpecification metToken(String token) {
    return given()
        .filter(nl.wams.commons.test.ContractValidation.responseContract())
        .basePath(Api.BASE)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(token);
  }

  @Test
  void anAnonymousOverlegTakesNoBsn() {
    long anoniemVoor = anoniemeOverleggen();

    Map<String, Object> metBsnVeld = Api.anoniem("Casus over een gezin");
    metBsnVeld.put("bsn", nieuwBsn());
    ExtractableResponse<Response> bsnVeld =
        fouteInvoerAls(ONDERZOEKER)
            .body(metBsnVeld)
            .post("/overleggen")
            .then()
            .statusCode(400)
            .extract();
    assertThat(bsnVeld.<List<String>>path("invalidParams.name")).containsExactly("bsn");
    assertThat(bsnVeld.asString()).doesNotContain((String) metBsnVeld.get("bsn"));

    Map<String, Object> metProcedure = Api.anoniem("Casus over een gezin");
    metProcedure.put("procedure", procedureInOnderzoek(nieuwBsn()));
    assertThat(
            invalidParams(
                fouteInvoerAls(ONDERZOEKER)
                    .body(metProcedure)
                    .post("/overleggen")
                    .then()
                    .statusCode(400)))
        .containsExactly("anoniem-overleg");

    String bsn = nieuwBsn();
    String gegroepeerd = bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
    ExtractableResponse<Response> inTekst =
        als(ONDERZOEKER)
            .body(Api.anoniem("Gezin van " + gegroepeerd))
            .post("/overleggen")
            .then()
            .statusCode(400)
            .extract();
    assertThat(inTekst.<List<String>>path("invalidParams.code")).containsExactly("bsn-in-tekst");
    assertThat(inTekst.asString()).doesNotContain(gegroepeerd).doesNotContain(bsn);
    assertThat(anoniemeOverleggen()).isEqualTo(anoniemVoor);

    // A proper anonymous overleg refuses a BSN in any later text and invites nobody.
    Casus casus =
        Casus.gepland(
            ONDERZOEKER, Api.anoniem("Moeder met drie kinderen, schulden en schooluitval"));
    String ggz = casus.deelnemer(GGZ, "ZORG", false);
    String versie = casus.etag();
    assertThat(
            invalidNames(
                casus
                    .post(
                        ONDERZOEKER,
                        "/inbreng",
                        Api.inbreng(ggz, "zorg", "Cliënt (BSN " + bsn + ") is bekend.", null))
                    .statusCode(400)))
        .containsExactly("inhoud");
    assertThat(
            invalidParams(
                casus
                    .post(
                        ONDERZOEKER,
                        "/uitnodigingen",
                        Map.of(
                            "genodigde", "CLIENT", "uitgenodigdOp", "2026-03-01", "wijze", "BRIEF"))
                    .statusCode(400)))
        .containsExactly("anoniem-overleg");
    als(ONDERZOEKER)
        .get("/overleggen/{uuid}", casus.uuid)
        .then()
        .header("ETag", versie)
        .body("inbreng.size()", equalTo(0))
        .body("uitnodigingen.size()", equalTo(0));
    casus
        .post(
            ONDERZOEKER,
            "/inbreng",
            Api.inbreng(ggz, "zorg", "Moeder is bekend bij de GGZ; er is een behandelaar.", null))
        .statusCode(201);
  }

  private static String verzoek(Casus casus, String gebruiker, String inbreng, String verzoeker) {
    ExtractableResponse<Response> verzoek =
        casus
            .post(gebruiker, "/verzoeken", Api.verzoek(inbreng, verzoeker))
            .statusCode(201)
            .extract();
    assertThat(verzoek.<String>path("besluit.uitkomst")).isEqualTo("OPEN");
    assertThat(verzoek.header("Location")).isEqualTo(verzoek.<String>path("url"));
    return verzoek.path("id");
  }

  private static ExtractableResponse<Response> instemming(
      Casus casus, String gebruiker, String verzoek, boolean instemming) {
    return casus
        .post(gebruiker, "/verzoeken/" + verzoek + "/instemming", Map.of("instemming", instemming))
        .statusCode(200)
        .extract();
  }

  private static ExtractableResponse<Response> beoordeling(
      Casus casus, String verzoek, boolean noodzakelijk, String toelichting) {
    return casus
        .post(
            ONDERZOEKER,
            "/verzoeken/" + verzoek + "/beoordeling",
            Map.of("noodzakelijk", noodzakelijk, "toelichting", toelichting))
        .statusCode(200)
        .extract();
  }

  private static void assertBesluit(
      ExtractableResponse<Response> verzoek,
      String uitkomst,
      String noodzaak,
      String instemming,
      String domeinwet) {
    assertThat(verzoek.<String>path("besluit.uitkomst")).isEqualTo(uitkomst);
    assertThat(verzoek.<List<String>>path("besluit.gronden.voorwaarde"))
        .containsExactly(
            "NOODZAKELIJK_VOOR_EIGEN_TAAK", "INSTEMMING_VERSTREKKER", "BEVOEGD_VOLGENS_DOMEINWET");
    assertThat(verzoek.<List<String>>path("besluit.gronden.vervulling"))
        .containsExactly(noodzaak, instemming, domeinwet);
  }

  private static long anoniemeOverleggen() {
    return als(ONDERZOEKER)
        .queryParam("soort", "ANONIEM")
        .get("/overleggen")
        .then()
        .statusCode(200)
        .extract()
        .<Number>path("count")
        .longValue();
  }

  /** A new procedure of Amsterdam at the real onderzoek, still being investigated. */
  private static String procedureInOnderzoek(String bsn) {
    return given()
        .filter(ONDERZOEK_CONTRACT)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(ONDERZOEKER))
        .body(
            Map.of(
                "gemeentecode", Api.AMSTERDAM,
                "ingang", Map.of("soort", "HULPVRAAG"),
                "betrokkene", Map.of("bsn", bsn)))
        .post(EchtOnderzoek.url() + "/onderzoek/v1/procedures")
        .then()
        .statusCode(201)
        .extract()
        .path("url");
  }

  private static OpenApiValidationFilter onderzoekContract() {
    try {
      return new OpenApiValidationFilter(
          OpenApiInteractionValidator.createForInlineApiSpecification(
                  Files.readString(Path.of("../../api-specs/onderzoek/openapi.yaml")))
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
