package nl.wams.inzage.api;

import static io.restassured.RestAssured.given;
import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What inzage owns, with real Keycloak tokens and every exchange checked against the contract: AVG
 * requests with reference and the one-month deadline, complaints by the resident or a family member
 * with the klacht-ingediend event, staff of the municipality handling them, and a second resident
 * who learns nothing (404).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = GeenGateway.class, restrictToAnnotatedClass = true)
class RechtenApiTest {

  static final String BASE = "/inzage/v1";
  static final String MEDEWERKER = "onderzoeker-ams";

  @Inject AgroalDataSource dataSource;

  static RequestSpecification als(String token) {
    return given()
        .filter(ContractValidation.contract())
        .basePath(BASE)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(token);
  }

  static RequestSpecification fout(String token) {
    return given()
        .filter(ContractValidation.responseContract())
        .basePath(BASE)
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(token);
  }

  static String inwoner(String bsn) {
    return Tokens.accessToken("inwoner-" + bsn, "inwoner", Map.of("bsn", bsn));
  }

  @Test
  void aResidentFilesAnAvgRequestWithReferenceAndTheOneMonthDeadline() {
    String token = inwoner(nieuwBsn());
    ExtractableResponse<Response> verzoek =
        als(token)
            .body(
                Map.of(
                    "soort", "CORRECTIE",
                    "gemeentecode", "0363",
                    "toelichting", "Mijn huurachterstand is al betaald."))
            .post("/verzoeken")
            .then()
            .statusCode(201)
            .body("status", equalTo("ONTVANGEN"))
            .body("teLaat", equalTo(false))
            .extract();
    assertThat(verzoek.<String>path("kenmerk")).matches("AVG-\\d{4}-\\d{6}");
    LocalDate ontvangen =
        java.time.OffsetDateTime.parse(verzoek.path("ontvangenOp"))
            .atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))
            .toLocalDate();
    assertThat(verzoek.<String>path("uiterlijkOp")).isEqualTo(ontvangen.plusMonths(1).toString());
    assertThat(verzoek.header("Location")).endsWith("/verzoeken/" + verzoek.path("uuid"));

    als(token).get("/verzoeken").then().statusCode(200).body("count", equalTo(1));

    // Staff of the municipality see it, start and finish it; the resident reads the answer.
    String uuid = verzoek.path("uuid");
    ExtractableResponse<Response> lijst =
        als(Tokens.accessToken(MEDEWERKER))
            .queryParam("pageSize", 100)
            .get("/verzoeken")
            .then()
            .statusCode(200)
            .extract();
    assertThat(lijst.<List<String>>path("results.uuid")).contains(uuid);
    ExtractableResponse<Response> inBehandeling =
        als(Tokens.accessToken(MEDEWERKER))
            .header("If-Match", verzoek.header("ETag"))
            .body(Map.of("status", "IN_BEHANDELING"))
            .put("/verzoeken/" + uuid + "/afhandeling")
            .then()
            .statusCode(200)
            .extract();
    fout(Tokens.accessToken(MEDEWERKER))
        .header("If-Match", inBehandeling.header("ETag"))
        .body(Map.of("status", "AFGEHANDELD"))
        .put("/verzoeken/" + uuid + "/afhandeling")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("reactie"));
    fout(Tokens.accessToken(MEDEWERKER))
        .header("If-Match", verzoek.header("ETag"))
        .body(Map.of("status", "AFGEHANDELD", "reactie", "Aangepast."))
        .put("/verzoeken/" + uuid + "/afhandeling")
        .then()
        .statusCode(412);
    als(Tokens.accessToken(MEDEWERKER))
        .header("If-Match", inBehandeling.header("ETag"))
        .body(Map.of("status", "AFGEHANDELD", "reactie", "De huurachterstand is aangepast."))
        .put("/verzoeken/" + uuid + "/afhandeling")
        .then()
        .statusCode(200);
    als(token)
        .get("/verzoeken/" + uuid)
        .then()
        .statusCode(200)
        .body("status", equalTo("AFGEHANDELD"))
        .body("reactie", equalTo("De huurachterstand is aangepast."));
    // A resident cannot handle their own request.
    fout(token)
        .header("If-Match", "\"9\"")
        .body(Map.of("status", "AFGEWEZEN", "reactie", "zelf"))
        .put("/verzoeken/" + uuid + "/afhandeling")
        .then()
        .statusCode(403);
  }

  @Test
  void aSecondResidentCannotReachTheFirstOnesRequestsOrComplaints() {
    String eerste = inwoner(nieuwBsn());
    String tweede = inwoner(nieuwBsn());
    String verzoek =
        als(eerste)
            .body(Map.of("soort", "INZAGE_KOPIE", "gemeentecode", "0363", "toelichting", "Alles"))
            .post("/verzoeken")
            .then()
            .statusCode(201)
            .extract()
            .path("uuid");
    String klacht =
        als(eerste)
            .body(
                Map.of(
                    "aard", "BEJEGENING",
                    "gemeentecode", "0363",
                    "omschrijving", "Niet netjes behandeld",
                    "indiener", "INWONER"))
            .post("/klachten")
            .then()
            .statusCode(201)
            .extract()
            .path("uuid");
    for (String pad : List.of("/verzoeken/" + verzoek, "/klachten/" + klacht)) {
      String body = fout(tweede).get(pad).then().statusCode(404).extract().asString();
      assertThat(body).doesNotContain("Alles").doesNotContain("Niet netjes");
    }
    als(tweede)
        .get("/verzoeken")
        .then()
        .statusCode(200)
        .body("results.uuid", not(hasItem(verzoek)));
    als(tweede).get("/klachten").then().statusCode(200).body("results.uuid", not(hasItem(klacht)));
    // Staff of another municipality neither.
    fout(Tokens.accessToken("onderzoeker-utr")).get("/klachten/" + klacht).then().statusCode(404);
  }

  @Test
  void aFamilyMemberFilesAComplaintAndTheEventCarriesNoPersonalData() {
    String bsn = nieuwBsn();
    ExtractableResponse<Response> klacht =
        als(inwoner(bsn))
            .body(
                Map.of(
                    "aard", "GEGEVENSDELING",
                    "gemeentecode", "0363",
                    "omschrijving", "Mijn vader wist niet dat de school werd gevraagd.",
                    "indiener", "FAMILIELID",
                    "familielid", "Anna, dochter"))
            .post("/klachten")
            .then()
            .statusCode(201)
            .body("status", equalTo("ONTVANGEN"))
            .body("familielid", equalTo("Anna, dochter"))
            .extract();
    assertThat(klacht.<String>path("kenmerk")).matches("KL-\\d{4}-\\d{6}");
    List<Map<String, String>> events = gebeurtenissen(klacht.path("url"));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("type")).isEqualTo("nl.wams.inzage.klacht-ingediend");
    assertThat(events.get(0).get("data"))
        .contains("\"gemeente\":\"0363\"")
        .contains("\"aard\":\"GEGEVENSDELING\"")
        .contains("ingediendOp")
        .doesNotContain(bsn)
        .doesNotContain("Anna")
        .doesNotContain("school");

    fout(inwoner(bsn))
        .body(
            Map.of(
                "aard", "OVERIG",
                "gemeentecode", "0363",
                "omschrijving", "x",
                "indiener", "FAMILIELID"))
        .post("/klachten")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("familielid"));
    fout(inwoner(bsn))
        .body(
            Map.of(
                "aard",
                "ONBEKEND",
                "gemeentecode",
                "0363",
                "omschrijving",
                "x",
                "indiener",
                "INWONER"))
        .post("/klachten")
        .then()
        .statusCode(400);
    // Staff do not file complaints on a resident's behalf here.
    fout(Tokens.accessToken(MEDEWERKER))
        .body(
            Map.of(
                "aard",
                "OVERIG",
                "gemeentecode",
                "0363",
                "omschrijving",
                "x",
                "indiener",
                "INWONER"))
        .post("/klachten")
        .then()
        .statusCode(403);
  }

  @Test
  void theDossierIs503WhenTheGatewayIsAwayAndForbiddenToStaff() {
    fout(inwoner(nieuwBsn())).get("/overzicht").then().statusCode(503);
    fout(Tokens.accessToken(MEDEWERKER)).get("/overzicht").then().statusCode(403);
    given()
        .filter(ContractValidation.responseContract())
        .get(BASE + "/overzicht")
        .then()
        .statusCode(401);
  }

  private List<Map<String, String>> gebeurtenissen(String subject) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT type, data FROM outbox_event WHERE subject = ?")) {
      s.setString(1, subject);
      try (ResultSet r = s.executeQuery()) {
        List<Map<String, String>> lijst = new ArrayList<>();
        while (r.next()) {
          lijst.add(Map.of("type", r.getString(1), "data", r.getString(2)));
        }
        return lijst;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
