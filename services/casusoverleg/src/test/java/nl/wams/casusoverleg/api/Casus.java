package nl.wams.casusoverleg.api;

import static nl.wams.casusoverleg.api.Api.als;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;

/**
 * One overleg under test, with its current ETag: every change sends it as If-Match and keeps the
 * new one, as a client would.
 */
final class Casus {

  final String uuid;
  final String url;
  private String etag;

  private Casus(ExtractableResponse<Response> gepland) {
    this.uuid = gepland.path("uuid");
    this.url = gepland.path("url");
    this.etag = gepland.header("ETag");
  }

  /** The overleg of an answer to its planning (201). */
  static Casus van(ExtractableResponse<Response> gepland) {
    return new Casus(gepland);
  }

  /** Plans an overleg as this user; 201 expected. */
  static Casus gepland(String gebruiker, Map<String, Object> overleg) {
    return new Casus(
        als(gebruiker).body(overleg).post("/overleggen").then().statusCode(201).extract());
  }

  String etag() {
    return etag;
  }

  /** A change as this user with the current ETag; a 2xx answer's ETag becomes the current one. */
  ValidatableResponse post(String gebruiker, String pad, Object body) {
    ValidatableResponse response =
        als(gebruiker).header("If-Match", etag).body(body).post("/overleggen/" + uuid + pad).then();
    ExtractableResponse<Response> antwoord = response.extract();
    if (antwoord.statusCode() / 100 == 2) {
      etag = antwoord.header("ETag");
    }
    return response;
  }

  String deelnemer(String organisatie, String domein, boolean handhavend) {
    return post(Api.ONDERZOEKER, "/deelnemers", Api.deelnemer(organisatie, domein, handhavend))
        .statusCode(201)
        .extract()
        .path("id");
  }

  String uitnodiging(String genodigde) {
    return post(
            Api.ONDERZOEKER,
            "/uitnodigingen",
            Map.of(
                "genodigde",
                genodigde,
                "uitgenodigdOp",
                LocalDate.now().toString(),
                "wijze",
                "BRIEF"))
        .statusCode(201)
        .extract()
        .path("id");
  }

  String inbreng(String gebruiker, Map<String, Object> inbreng) {
    return post(gebruiker, "/inbreng", inbreng).statusCode(201).extract().path("id");
  }

  ExtractableResponse<Response> get(String gebruiker) {
    return als(gebruiker).get("/overleggen/" + uuid).then().statusCode(200).extract();
  }
}
