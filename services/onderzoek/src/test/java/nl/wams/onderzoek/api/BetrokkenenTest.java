package nl.wams.onderzoek.api;

import static io.restassured.RestAssured.given;
import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static nl.wams.onderzoek.api.Dossier.als;
import static nl.wams.onderzoek.api.Dossier.fouteInvoerAls;
import static nl.wams.onderzoek.api.Dossier.hulpvraag;
import static nl.wams.onderzoek.api.Dossier.reikwijdte;
import static nl.wams.onderzoek.api.Dossier.start;
import static nl.wams.onderzoek.api.Dossier.wijzig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The header Wams-Betrokkenen, from which the gateway writes the Logboek: it names the betrokkene
 * and the household members the dossier carries, every dossier's in a list, and nobody on an error
 * or for a member who refused (whose data left the dossier).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(CoordinatieStandIn.class)
class BetrokkenenTest {

  private static final String HEADER = "Wams-Betrokkenen";

  @Test
  void theDossierNamesItsBetrokkeneAndHouseholdMembersAndAnErrorNamesNobody() {
    String bsn = nieuwBsn();
    String partner = nieuwBsn();
    ExtractableResponse<Response> dossier = start(hulpvraag(bsn));
    assertThat(dossier.header(HEADER)).isEqualTo(bsn);
    dossier = reikwijdte(dossier, "OPVOEDING_EN_GEZIN");
    dossier =
        wijzig(
            dossier,
            "/huishoudleden",
            Map.of(
                "relatie",
                "PARTNER",
                "bsn",
                partner,
                "omschrijving",
                "Partner",
                "medewerking",
                true));
    assertThat(dossier.header(HEADER)).isEqualTo(bsn + "," + partner);
    String uuid = dossier.path("uuid");

    String gelezen =
        als(Dossier.ONDERZOEKER)
            .get("/procedures/{uuid}", uuid)
            .then()
            .statusCode(200)
            .extract()
            .header(HEADER);
    assertThat(gelezen.split(",")).containsExactlyInAnyOrder(bsn, partner);

    fouteInvoerAls(Dossier.ANDERE_GEMEENTE)
        .get("/procedures/{uuid}", uuid)
        .then()
        .statusCode(403)
        .header(HEADER, nullValue());
    fouteInvoerAls(Dossier.ONDERZOEKER)
        .get("/procedures/{uuid}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .header(HEADER, nullValue());

    // A member who refuses leaves the dossier, and so the header.
    String lid = dossier.path("huishoudleden[0].id");
    dossier = wijzig(dossier, "/huishoudleden/" + lid + "/weigering", null);
    assertThat(dossier.header(HEADER)).isEqualTo(bsn);
  }

  @Test
  void aSearchNamesTheBetrokkeneOfEveryProcedureFoundAndAnEmptyPageNobody() {
    String bsn = nieuwBsn();
    start(hulpvraag(bsn));
    als(Dossier.ONDERZOEKER)
        .body(Map.of("bsn", bsn))
        .post("/procedures/_zoek")
        .then()
        .statusCode(200)
        .header(HEADER, bsn);
    als(Dossier.ANDERE_GEMEENTE)
        .body(Map.of("bsn", bsn))
        .post("/procedures/_zoek")
        .then()
        .statusCode(200)
        .header(HEADER, nullValue());
  }

  @Test
  void theServicesAndOnlyTheServicesReadWhomAProcedureIsAbout() {
    String bsn = nieuwBsn();
    String kind = nieuwBsn();
    String weigert = nieuwBsn();
    ExtractableResponse<Response> dossier = reikwijdte(start(hulpvraag(bsn)), "OPVOEDING_EN_GEZIN");
    dossier = wijzig(dossier, "/huishoudleden", lid("KIND", kind, true));
    dossier = wijzig(dossier, "/huishoudleden", lid("PARTNER", weigert, true));
    String lid = dossier.path("huishoudleden[1].id");
    dossier = wijzig(dossier, "/huishoudleden/" + lid + "/weigering", null);
    String uuid = dossier.path("uuid");

    Response antwoord =
        alsDienst()
            .get("/procedures/{uuid}/betrokkenen", uuid)
            .then()
            .statusCode(200)
            .extract()
            .response();
    assertThat(antwoord.jsonPath().getList("betrokkenen.bsn")).containsExactly(bsn, kind);
    assertThat(antwoord.jsonPath().getList("betrokkenen.rol"))
        .containsExactly("BETROKKENE", "HUISHOUDLID");

    for (String gebruiker :
        List.of(Dossier.ONDERZOEKER, "coordinator-ams", "partner-ggz", "inwoner-1", "fg")) {
      fouteInvoerAls(gebruiker)
          .get("/procedures/{uuid}/betrokkenen", uuid)
          .then()
          .statusCode(403)
          .body(not(containsString(bsn)));
    }
    given()
        .filter(ContractValidation.responseContract())
        .basePath(Dossier.BASE)
        .auth()
        .oauth2(Tokens.serviceAccessToken())
        .get("/procedures/{uuid}/betrokkenen", UUID.randomUUID())
        .then()
        .statusCode(404)
        .header(HEADER, nullValue());
  }

  private static RequestSpecification alsDienst() {
    return given()
        .filter(ContractValidation.contract())
        .basePath(Dossier.BASE)
        .auth()
        .oauth2(Tokens.serviceAccessToken());
  }

  private static Map<String, Object> lid(String relatie, String bsn, boolean medewerking) {
    return Map.of(
        "relatie", relatie, "bsn", bsn, "omschrijving", relatie, "medewerking", medewerking);
  }
}
