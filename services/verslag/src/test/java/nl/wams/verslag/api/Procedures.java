package nl.wams.verslag.api;

import static io.restassured.RestAssured.given;
import static nl.wams.commons.test.TestBsn.nieuwBsn;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wams.commons.test.Tokens;

/** Procedures at the real onderzoek, made through its API as its onderzoeker would. */
final class Procedures {

  /** A procedure: its URL, and the BSNs of the betrokkene and the household members. */
  record Procedure(String url, String bsn, List<String> huishoudleden) {

    /** Everyone onderzoek names as the procedure's people. */
    Set<String> mensen() {
      Set<String> mensen = new LinkedHashSet<>();
      mensen.add(bsn);
      mensen.addAll(huishoudleden);
      return mensen;
    }
  }

  private Procedures() {}

  /** Requests to the real onderzoek as this test user. */
  static RequestSpecification onderzoek(String gebruiker) {
    return given()
        .baseUri(EchtCasusoverleg.onderzoekUrl())
        .basePath("/onderzoek/v1")
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(Tokens.accessToken(gebruiker));
  }

  /**
   * A new procedure of Amsterdam in onderzoek, about a fresh betrokkene with this many cooperating
   * household members (each a fresh BSN).
   */
  static Procedure inOnderzoek(int huishoudleden) {
    String bsn = nieuwBsn();
    String url =
        onderzoek(Api.ONDERZOEKER)
            .body(
                Map.of(
                    "gemeentecode",
                    "0363",
                    "ingang",
                    Map.of("soort", "HULPVRAAG"),
                    "betrokkene",
                    Map.of("bsn", bsn)))
            .post("/procedures")
            .then()
            .statusCode(201)
            .extract()
            .path("url");
    if (huishoudleden == 0) {
      return new Procedure(url, bsn, List.of());
    }
    String etag =
        onderzoek(Api.ONDERZOEKER)
            .header("If-Match", etag(url))
            .body(Map.of("leefgebieden", List.of("FINANCIEN")))
            .put(url + "/reikwijdte")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    List<String> leden = new ArrayList<>();
    for (int i = 0; i < huishoudleden; i++) {
      String lid = nieuwBsn();
      etag =
          onderzoek(Api.ONDERZOEKER)
              .header("If-Match", etag)
              .body(
                  Map.of(
                      "relatie",
                      i == 0 ? "PARTNER" : "KIND",
                      "bsn",
                      lid,
                      "omschrijving",
                      "Huishoudlid " + (i + 1),
                      "medewerking",
                      true))
              .post(url + "/huishoudleden")
              .then()
              .statusCode(200)
              .extract()
              .header("ETag");
      leden.add(lid);
    }
    return new Procedure(url, bsn, List.copyOf(leden));
  }

  private static String etag(String url) {
    return onderzoek(Api.ONDERZOEKER).get(url).then().statusCode(200).extract().header("ETag");
  }
}
