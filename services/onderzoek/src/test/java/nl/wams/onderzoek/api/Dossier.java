package nl.wams.onderzoek.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.Tokens;

/** Test fixtures for onderzoek: requests as a given user, checked against the contract. */
final class Dossier {

  static final String BASE = "/onderzoek/v1";
  static final String ONDERZOEKER = "onderzoeker-ams";
  static final String ANDERE_GEMEENTE = "onderzoeker-utr";
  static final String AMSTERDAM = "0363";

  private Dossier() {}

  static RequestSpecification als(String gebruiker) {
    return given()
        .filter(ContractValidation.contract())
        .basePath(BASE)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(gebruiker));
  }

  static RequestSpecification fouteInvoerAls(String gebruiker) {
    return given()
        .filter(ContractValidation.responseContract())
        .basePath(BASE)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(gebruiker));
  }

  static Map<String, Object> hulpvraag(String bsn) {
    Map<String, Object> body = new HashMap<>();
    body.put("gemeentecode", AMSTERDAM);
    body.put(
        "ingang",
        Map.of(
            "soort",
            "HULPVRAAG",
            "aanmelding",
            "http://localhost:8081/meldpunt/v1/aanmeldingen/0f6c8a52-8c2e-4d55-9f5e-4c2f6b6c1a10"));
    body.put("betrokkene", Map.of("bsn", bsn));
    return body;
  }

  static Map<String, Object> verzoek(String bsn) {
    Map<String, Object> body = hulpvraag(bsn);
    body.put("ingang", Map.of("soort", "VERZOEK"));
    body.put("voortdurendEnTerugkerend", true);
    body.put(
        "motivering",
        "Al drie jaar terugkerende huurachterstand, schulden en zorgen om de kinderen.");
    return body;
  }

  static ExtractableResponse<Response> start(Map<String, Object> body) {
    return als(ONDERZOEKER).body(body).post("/procedures").then().statusCode(201).extract();
  }

  /** Applies a change with the current ETag and returns the new dossier. */
  static ExtractableResponse<Response> wijzig(
      ExtractableResponse<Response> dossier, String pad, Object body) {
    RequestSpecification request = als(ONDERZOEKER).header("If-Match", dossier.header("ETag"));
    if (body != null) {
      request.body(body);
    }
    String method =
        pad.endsWith("/reikwijdte") || pad.endsWith("/antwoord") || pad.endsWith("/conclusie")
            ? "PUT"
            : "POST";
    return request
        .request(method, "/procedures/" + dossier.path("uuid") + pad)
        .then()
        .statusCode(200)
        .extract();
  }

  static ExtractableResponse<Response> reikwijdte(
      ExtractableResponse<Response> dossier, String... leefgebieden) {
    return wijzig(dossier, "/reikwijdte", Map.of("leefgebieden", List.of(leefgebieden)));
  }

  static ExtractableResponse<Response> probleem(
      ExtractableResponse<Response> dossier, String leefgebied, String domein) {
    return wijzig(
        dossier,
        "/problemen",
        Map.of(
            "leefgebied",
            leefgebied,
            "domein",
            domein,
            "omschrijving",
            "Probleem in " + leefgebied));
  }

  static Map<String, Object> conclusie(boolean wenselijk) {
    Map<String, Object> body = new HashMap<>();
    body.put("gecoordineerdeAanpakWenselijk", wenselijk);
    body.put("motivering", "Besproken met de cliënt.");
    body.put(
        "clientGeinformeerdOp",
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
    body.put("clientGeinformeerdWijze", "GESPREK");
    body.put("clientondersteuningAangeboden", true);
    body.put("clientondersteuningGebruikt", false);
    return body;
  }
}
