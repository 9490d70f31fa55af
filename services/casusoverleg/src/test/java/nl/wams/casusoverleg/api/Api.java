package nl.wams.casusoverleg.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.Tokens;

/**
 * Requests to casusoverleg as a test user of the realm, each exchange checked against the contract,
 * and the bodies the API tests share.
 */
final class Api {

  static final String BASE = "/casusoverleg/v1";
  static final String ONDERZOEKER = "onderzoeker-ams";
  static final String ONDERZOEKER_UTRECHT = "onderzoeker-utr";
  static final String COORDINATOR = "coordinator-ams";
  static final String PARTNER_GGZ = "partner-ggz";
  static final String PARTNER_CORPORATIE = "partner-woningcorporatie";
  static final String PARTNER_UWV = "partner-uwv";
  static final String PARTNER_POLITIE = "partner-politie";
  static final String INWONER = "inwoner-1";
  static final String AMSTERDAM = "0363";

  /** The organisations of the partner test users (their token's organisatie claim). */
  static final String GGZ = "GGZ Noord";

  static final String CORPORATIE = "Woonstichting De Linde";
  static final String UWV = "UWV";

  /** A date-time with seconds always (toString() drops ":00"), as the contract wants. */
  private static final DateTimeFormatter SECONDEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private Api() {}

  /** A request and its answer must both match the contract. */
  static RequestSpecification als(String gebruiker) {
    return given()
        .filter(ContractValidation.contract())
        .basePath(BASE)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(gebruiker));
  }

  /** A request that breaks the contract on purpose; only the answer is checked. */
  static RequestSpecification fouteInvoerAls(String gebruiker) {
    return given()
        .filter(ContractValidation.responseContract())
        .basePath(BASE)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(gebruiker));
  }

  static Map<String, Object> geidentificeerd(URI procedure, String fase) {
    Map<String, Object> body = new HashMap<>();
    body.put("soort", "GEIDENTIFICEERD");
    body.put("fase", fase);
    body.put("procedure", procedure.toString());
    body.put("onderwerp", "Schulden, huurachterstand en psychische klachten");
    body.put("geplandOp", morgen());
    return body;
  }

  static Map<String, Object> anoniem(String onderwerp) {
    Map<String, Object> body = new HashMap<>();
    body.put("soort", "ANONIEM");
    body.put("fase", "ONDERZOEK");
    body.put("onderwerp", onderwerp);
    body.put("geplandOp", morgen());
    return body;
  }

  static Map<String, Object> deelnemer(String organisatie, String domein, boolean handhavend) {
    Map<String, Object> body = new HashMap<>();
    body.put("organisatie", organisatie);
    body.put("domein", domein);
    body.put("rol", "casemanager");
    body.put("handhavend", handhavend);
    body.put("noodzaak", "Betrokken bij de hulp; nodig om de aanpak af te stemmen.");
    return body;
  }

  static Map<String, Object> inbreng(
      String verstrekker, String categorie, String inhoud, Map<String, Object> voorwaarden) {
    Map<String, Object> body = new HashMap<>();
    body.put("verstrekker", verstrekker);
    body.put("categorie", categorie);
    body.put("inhoud", inhoud);
    if (voorwaarden != null) {
      body.put("voorwaarden", voorwaarden);
    }
    return body;
  }

  static Map<String, Object> nietVoorHandhaving() {
    return Map.of("nietVoorHandhaving", true, "nietVerderVerstrekken", true);
  }

  static Map<String, Object> alleenVoor(String... deelnemers) {
    return Map.of("alleenVoor", List.of(deelnemers));
  }

  static Map<String, Object> verzoek(String inbreng, String verzoeker) {
    return Map.of(
        "inbreng",
        inbreng,
        "verzoeker",
        verzoeker,
        "eigenTaak",
        "Eigen wettelijke taak van de verzoeker",
        "motivering",
        "Nodig om de eigen hulp of dienstverlening op de situatie af te stemmen.");
  }

  static String morgen() {
    return OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).format(SECONDEN);
  }

  static String nu() {
    return OffsetDateTime.now(ZoneOffset.UTC).format(SECONDEN);
  }

  static List<String> invalidParams(ValidatableResponse response) {
    return response.extract().jsonPath().getList("invalidParams.code");
  }

  static List<String> invalidNames(ValidatableResponse response) {
    return response.extract().jsonPath().getList("invalidParams.name");
  }
}
