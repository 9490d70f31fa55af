package nl.wams.verslag.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.Tokens;

/**
 * An overleg at the real casusoverleg, made through its API as the organiser would: anonymous (no
 * onderzoek needed), with participants and agreements, then held.
 */
final class Overleg {

  private static final DateTimeFormatter SECONDEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  final String uuid;
  final String url;
  final Map<String, String> deelnemers = new LinkedHashMap<>();
  final Map<String, List<String>> afspraken = new LinkedHashMap<>();
  private final String organisator;
  private String etag;

  private Overleg(String organisator, ExtractableResponse<Response> gepland) {
    this.organisator = organisator;
    this.uuid = gepland.path("uuid");
    this.url = gepland.path("url");
    this.etag = gepland.header("ETag");
  }

  static Overleg gepland(String organisator) {
    return gepland(organisator, null);
  }

  /** An identified overleg about a procedure at onderzoek (or anonymous without one). */
  static Overleg gepland(String organisator, String procedure) {
    Map<String, Object> body =
        new java.util.HashMap<>(
            Map.of(
                "soort",
                "ANONIEM",
                "fase",
                "ONDERZOEK",
                "onderwerp",
                "Afstemming rond schulden en huur",
                "geplandOp",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).format(SECONDEN)));
    if (procedure != null) {
      body.put("soort", "GEIDENTIFICEERD");
      body.put("procedure", procedure);
    }
    return new Overleg(
        organisator,
        casusoverleg(organisator).body(body).post("/overleggen").then().statusCode(201).extract());
  }

  /**
   * An overleg held by the onderzoeker about this procedure (or anonymous without one), with GGZ
   * Noord and the housing corporation taking part and an agreement for each.
   */
  static Overleg gehouden(String procedure) {
    Overleg overleg = gepland(Api.ONDERZOEKER, procedure);
    overleg.deelnemer(Api.GGZ, "ZORG", false);
    overleg.deelnemer(Api.CORPORATIE, "WONEN", true);
    overleg.afspraak(Api.GGZ, "GGZ Noord plant een intake.");
    overleg.afspraak(Api.CORPORATIE, "De corporatie schort de ontruiming op.");
    if (procedure != null) {
      overleg.clientUitgenodigd("Jan de Vries");
    }
    overleg.gehouden();
    return overleg;
  }

  String deelnemer(String organisatie, String domein, boolean handhavend) {
    String id =
        post(
                "/deelnemers",
                Map.of(
                    "organisatie",
                    organisatie,
                    "domein",
                    domein,
                    "rol",
                    "casemanager",
                    "handhavend",
                    handhavend,
                    "noodzaak",
                    "Betrokken bij de hulp; nodig om de aanpak af te stemmen."))
            .path("id");
    deelnemers.put(organisatie, id);
    afspraken.put(organisatie, new ArrayList<>());
    return id;
  }

  void afspraak(String organisatie, String omschrijving) {
    post(
        "/afspraken",
        Map.of(
            "omschrijving",
            omschrijving,
            "partij",
            deelnemers.get(organisatie),
            "deadline",
            LocalDate.now().plusWeeks(4).toString()));
    afspraken.get(organisatie).add(omschrijving);
  }

  /** Records inbreng (as the organiser); returns its id. */
  String inbreng(
      String verstrekker, String categorie, String inhoud, Map<String, Object> voorwaarden) {
    return post(
            "/inbreng",
            Map.of(
                "verstrekker",
                deelnemers.get(verstrekker),
                "categorie",
                categorie,
                "inhoud",
                inhoud,
                "voorwaarden",
                voorwaarden))
        .path("id");
  }

  /** A request for further processing of inbreng (as the organiser for the requester). */
  String verzoek(String inbreng, String verzoeker, String eigenTaak, String motivering) {
    return post(
            "/verzoeken",
            Map.of(
                "inbreng",
                inbreng,
                "verzoeker",
                deelnemers.get(verzoeker),
                "eigenTaak",
                eigenTaak,
                "motivering",
                motivering))
        .path("id");
  }

  /** Records that the client was invited (needed before an identified overleg is held). */
  void clientUitgenodigd(String naam) {
    post(
        "/uitnodigingen",
        Map.of(
            "genodigde",
            "CLIENT",
            "naam",
            naam,
            "uitgenodigdOp",
            LocalDate.now().minusDays(1).toString(),
            "wijze",
            "BRIEF"));
  }

  void gehouden() {
    post(
        "/afronding",
        Map.of(
            "gehoudenOp",
            OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).format(SECONDEN),
            "aanwezigeDeelnemers",
            List.copyOf(deelnemers.values())));
  }

  private ExtractableResponse<Response> post(String pad, Object body) {
    ExtractableResponse<Response> antwoord =
        casusoverleg(organisator)
            .header("If-Match", etag)
            .body(body)
            .post("/overleggen/" + uuid + pad)
            .then()
            .extract();
    if (antwoord.statusCode() / 100 != 2) {
      throw new AssertionError(
          "casusoverleg " + pad + ": " + antwoord.statusCode() + " " + antwoord.asString());
    }
    etag = antwoord.header("ETag");
    return antwoord;
  }

  private static io.restassured.specification.RequestSpecification casusoverleg(String gebruiker) {
    return given()
        .baseUri(EchtCasusoverleg.url())
        .basePath("/casusoverleg/v1")
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(gebruiker));
  }
}
