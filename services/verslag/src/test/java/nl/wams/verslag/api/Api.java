package nl.wams.verslag.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.Tokens;

/** Requests to verslag as a test user of the realm, each exchange checked against the contract. */
final class Api {

  static final String BASE = "/verslag/v1";
  static final String ONDERZOEKER = "onderzoeker-ams";
  static final String ONDERZOEKER_UTRECHT = "onderzoeker-utr";
  static final String COORDINATOR = "coordinator-ams";
  static final String PARTNER_GGZ = "partner-ggz";
  static final String PARTNER_CORPORATIE = "partner-woningcorporatie";
  static final String PARTNER_UWV = "partner-uwv";
  static final String BELEID = "beleid";
  static final String FG = "fg";

  static final String GGZ = "GGZ Noord";
  static final String CORPORATIE = "Woonstichting De Linde";
  static final String UWV = "UWV";

  private Api() {}

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
}
