package nl.wams.meldpunt.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.Tokens;

/** Test fixtures: valid bodies per soort, and requests that are checked against the contract. */
final class Aanmeldingen {

  static final String BASE = "/meldpunt/v1";
  static final String BSN = "999993653";
  static final String ANDER_BSN = "999990019";

  private Aanmeldingen() {}

  /**
   * The municipality whose meldpunt-medewerker sends the requests: the one {@link #gemeente()}
   * handed out last, else Amsterdam (the realm's {@code meldpunt-ams}).
   */
  private static volatile String medewerkerVan;

  /**
   * A request whose request and response must both match the contract, sent as the current
   * meldpunt-medewerker (see {@link #gemeente()}).
   */
  static RequestSpecification api() {
    return given()
        .filter(ContractValidation.contract())
        .auth()
        .oauth2(token())
        .basePath(BASE)
        .contentType(ContentType.JSON);
  }

  /** A request that breaks the contract on purpose; only the response is checked. */
  static RequestSpecification invalidRequest() {
    return given()
        .filter(ContractValidation.responseContract())
        .auth()
        .oauth2(token())
        .basePath(BASE)
        .contentType(ContentType.JSON);
  }

  /**
   * A gemeentecode of its own per test, so that lists see only that test's data; from now on the
   * requests of {@link #api()} come from a meldpunt-medewerker of that municipality (a test user
   * made in Keycloak for it).
   */
  private static final java.util.concurrent.atomic.AtomicInteger VOLGENDE_GEMEENTE =
      new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(9000));

  static String gemeente() {
    // Never the same code twice in a test JVM (random codes collided: a test that stores nothing
    // then found another test's aanmelding under "its" municipality).
    String gemeente = "%04d".formatted(1000 + VOLGENDE_GEMEENTE.getAndIncrement() % 9000);
    medewerkerVan = gemeente;
    return gemeente;
  }

  /** An access token of a meldpunt-medewerker of this municipality. */
  static String medewerker(String gemeente) {
    return Tokens.accessToken(
        "meldpunt-" + gemeente, "meldpunt-medewerker", Map.of("gemeente", gemeente));
  }

  private static String token() {
    String gemeente = medewerkerVan;
    return gemeente == null ? Tokens.accessToken("meldpunt-ams") : medewerker(gemeente);
  }

  static Map<String, Object> melding(String gemeente) {
    Map<String, Object> body = new HashMap<>();
    body.put("soort", "MELDING");
    body.put("gemeentecode", gemeente);
    body.put("urgentie", "NORMAAL");
    body.put("betrokkene", Map.of("bsn", BSN));
    body.put(
        "melder",
        Map.of("soort", "INWONER", "naam", "J. de Vries", "telefoonnummer", "0612345678"));
    body.put(
        "omschrijvingZorgen", "Buurman komt al weken de deur niet uit en de post stapelt zich op.");
    return body;
  }

  static Map<String, Object> hulpvraag(String gemeente) {
    Map<String, Object> body = new HashMap<>();
    body.put("soort", "HULPVRAAG");
    body.put("gemeentecode", gemeente);
    body.put("urgentie", "NORMAAL");
    body.put("betrokkene", Map.of("bsn", ANDER_BSN));
    body.put("sdWet", "WMO");
    body.put(
        "omschrijvingZorgen", "Vraagt hulp bij het huishouden; ook schulden en zorgen om zoon.");
    return body;
  }

  static Map<String, Object> verzoek(String gemeente) {
    Map<String, Object> body = new HashMap<>();
    body.put("soort", "VERZOEK");
    body.put("gemeentecode", gemeente);
    body.put("urgentie", "VERHOOGD");
    body.put(
        "betrokkene", Map.of("omschrijving", "Gezin op Dorpsstraat 1, moeder en twee kinderen"));
    body.put(
        "melder",
        Map.of(
            "soort", "PROFESSIONAL", "naam", "A. Jansen", "organisatie", "Woningcorporatie Thuis"));
    body.put("omschrijvingZorgen", "Huurachterstand, overlast en signalen over de kinderen.");
    body.put("motivering", "Voortdurende en terugkerende problemen op meerdere leefgebieden.");
    return body;
  }

  static ValidatableResponse create(Map<String, Object> body) {
    return api().body(body).post("/aanmeldingen").then().statusCode(201);
  }

  static ValidatableResponse triage(String uuid, String etag, Map<String, Object> body) {
    return api()
        .header("If-Match", etag)
        .body(body)
        .post("/aanmeldingen/{uuid}/triage", uuid)
        .then();
  }

  static List<String> invalidParamNames(ValidatableResponse response) {
    return response.extract().jsonPath().getList("invalidParams.name");
  }
}
