package nl.wams.coordinatie.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.Tokens;

/**
 * Requests to coordinatie as a test user of the realm, each exchange checked against the contract,
 * and the fixtures the API tests share.
 */
final class Api {

  static final String BASE = "/coordinatie/v1";
  static final String ONDERZOEKER = "onderzoeker-ams";
  static final String ONDERZOEKER_UTRECHT = "onderzoeker-utr";
  static final String COORDINATOR = "coordinator-ams";
  static final String COORDINATOR_PARTNER = "coordinator-partner";
  static final String COORDINATOR_UTRECHT = "coordinator-utr";
  static final String BEHEERDER = "beheerder";
  static final String AMSTERDAM = "0363";
  static final String UTRECHT = "0344";

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

  static LocalDate vandaag() {
    return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
  }

  static Map<String, Object> coordinatorGegevens(String gebruikersnaam, String gemeente) {
    Map<String, Object> body = new HashMap<>();
    body.put("naam", "R. Regisseur");
    body.put("gebruikersnaam", gebruikersnaam);
    body.put("email", "regisseur@example.org");
    body.put("telefoon", "020-5551234");
    body.put("organisatie", Map.of("naam", "Gemeente Amsterdam", "soort", "GEMEENTE"));
    body.put("gemeentecode", gemeente);
    return body;
  }

  /**
   * The pool member of a realm test user (its username is the token's). Created once per database
   * with a fixed Idempotency-Key, so every later call gets the same member back.
   */
  static String poolLid(String gebruiker, String gemeente) {
    String beheerder = gemeente.equals(AMSTERDAM) ? ONDERZOEKER : ONDERZOEKER_UTRECHT;
    return als(beheerder)
        .header("Idempotency-Key", "pool-" + gebruiker)
        .body(coordinatorGegevens(gebruiker, gemeente))
        .post("/coordinatoren")
        .then()
        .statusCode(201)
        .extract()
        .path("url");
  }

  /** A new pool member in Amsterdam without a login of their own. */
  static String nieuwPoolLid() {
    return als(ONDERZOEKER)
        .body(coordinatorGegevens("regisseur-" + UUID.randomUUID(), AMSTERDAM))
        .post("/coordinatoren")
        .then()
        .statusCode(201)
        .extract()
        .path("url");
  }

  /**
   * A URL of this API (canonical, so with the configured public address) as a path below the base
   * path, to request it from the test's instance.
   */
  static String pad(String url) {
    URI uri = URI.create(url);
    String pad = uri.getRawPath().substring(BASE.length());
    return uri.getRawQuery() == null ? pad : pad + "?" + uri.getRawQuery();
  }

  static String uuid(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  static ExtractableResponse<Response> maakAanpak(URI procedure) {
    return als(ONDERZOEKER)
        .body(Map.of("procedure", procedure.toString()))
        .post("/aanpakken")
        .then()
        .statusCode(201)
        .extract();
  }

  /** Changes an aanpak with its current ETag, as this user. */
  static ValidatableResponse wijzig(
      String gebruiker,
      ExtractableResponse<Response> aanpak,
      String method,
      String pad,
      Object body) {
    return als(gebruiker)
        .header("If-Match", aanpak.header("ETag"))
        .body(body)
        .request(method, "/aanpakken/" + aanpak.path("uuid") + pad)
        .then();
  }

  static ExtractableResponse<Response> stelAan(
      ExtractableResponse<Response> aanpak, String coordinatorUrl) {
    return wijzig(
            ONDERZOEKER,
            aanpak,
            "PUT",
            "/aanstelling",
            Map.of("coordinator", coordinatorUrl, "intensiteit", "ZWAAR"))
        .statusCode(200)
        .extract();
  }

  static ExtractableResponse<Response> besluit(
      ExtractableResponse<Response> aanpak, Map<String, Object> besluit) {
    return wijzig(ONDERZOEKER, aanpak, "POST", "/besluit", besluit).statusCode(200).extract();
  }

  static Map<String, Object> actie(String omschrijving, LocalDate deadline, String status) {
    Map<String, Object> actie = new HashMap<>();
    actie.put("omschrijving", omschrijving);
    actie.put("partij", "Kredietbank");
    actie.put("eigenaar", "A. Jansen");
    actie.put("deadline", deadline.toString());
    actie.put("status", status);
    return actie;
  }

  static Map<String, Object> plan(
      List<Map<String, Object>> acties, List<Map<String, Object>> evaluaties, LocalDate eind) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("doelen", List.of(Map.of("omschrijving", "Schulden onder controle")));
    plan.put("acties", acties);
    plan.put("evaluatiemomenten", evaluaties);
    if (eind != null) {
      plan.put("einddatum", eind.toString());
    }
    return plan;
  }

  /** An aanpak of a mandatory procedure, started with this coordinator and this plan. */
  static ExtractableResponse<Response> actieveAanpak(
      URI procedure, String coordinatorUrl, String planBeheerder, Map<String, Object> plan) {
    ExtractableResponse<Response> aanpak = stelAan(maakAanpak(procedure), coordinatorUrl);
    aanpak = wijzig(planBeheerder, aanpak, "PUT", "/plan", plan).statusCode(200).extract();
    return besluit(aanpak, Map.of("soort", "GECOORDINEERDE_AANPAK"));
  }

  static List<String> invalidParams(ValidatableResponse response) {
    return response.extract().jsonPath().getList("invalidParams.code");
  }
}
