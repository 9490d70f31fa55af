package nl.wams.casusoverleg.api;

import static nl.wams.casusoverleg.api.Api.CORPORATIE;
import static nl.wams.casusoverleg.api.Api.GGZ;
import static nl.wams.casusoverleg.api.Api.ONDERZOEKER;
import static nl.wams.casusoverleg.api.Api.PARTNER_CORPORATIE;
import static nl.wams.casusoverleg.api.Api.PARTNER_GGZ;
import static nl.wams.casusoverleg.api.Api.PARTNER_UWV;
import static nl.wams.casusoverleg.api.Api.UWV;
import static nl.wams.casusoverleg.api.Api.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider's conditions hold in every answer: list, single item, overleg, paging. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class InbrengApiTest {

  private static final String SCHULDEN = "Schulden bij energieleverancier en zorgverzekeraar";
  private static final String ALLEEN_GGZ = "Afspraken met de behandelaar over medicatie-inname";

  private Casus casus;
  private String ggz;
  private String corporatie;
  private String uwv;
  private String schulden;
  private String alleenGgz;
  private String huur;

  @BeforeEach
  void overleg() {
    casus = Casus.gepland(ONDERZOEKER, Api.geidentificeerd(Onderzoek.inOnderzoek(), "ONDERZOEK"));
    ggz = casus.deelnemer(GGZ, "ZORG", false);
    corporatie = casus.deelnemer(CORPORATIE, "WONEN", true);
    // Recorded without an enforcement task: the partner-uwv role counts as one all the same.
    uwv = casus.deelnemer(UWV, "WERK_INKOMEN", false);
    String wijkteam = casus.deelnemer("Wijkteam Noord", "WMO", false);
    schulden =
        casus.inbreng(
            ONDERZOEKER, Api.inbreng(wijkteam, "financieel", SCHULDEN, Api.nietVoorHandhaving()));
    alleenGgz =
        casus.inbreng(ONDERZOEKER, Api.inbreng(wijkteam, "zorg", ALLEEN_GGZ, Api.alleenVoor(ggz)));
    huur =
        casus.inbreng(
            PARTNER_CORPORATIE,
            Api.inbreng(corporatie, "wonen", "Drie maanden huurachterstand", null));
  }

  @Test
  void theHousingCorporationNeverReceivesWhatIsNotForEnforcement() {
    String overleg =
        als(PARTNER_CORPORATIE)
            .get("/overleggen/{uuid}", casus.uuid)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String lijst =
        als(PARTNER_CORPORATIE)
            .get("/overleggen/{uuid}/inbreng", casus.uuid)
            .then()
            .statusCode(200)
            .body("count", equalTo(1))
            .extract()
            .asString();
    String overleggen =
        als(PARTNER_CORPORATIE)
            .queryParam("pageSize", 100)
            .get("/overleggen")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    als(PARTNER_CORPORATIE)
        .get("/overleggen/{uuid}/inbreng/{id}", casus.uuid, schulden)
        .then()
        .statusCode(403);
    als(PARTNER_CORPORATIE)
        .get("/overleggen/{uuid}/inbreng/{id}", casus.uuid, huur)
        .then()
        .statusCode(200);

    for (String antwoord : List.of(overleg, lijst, overleggen)) {
      assertThat(antwoord)
          .doesNotContain(SCHULDEN)
          .doesNotContain(schulden)
          .doesNotContain(ALLEEN_GGZ);
    }
  }

  @Test
  void anEnforcingRoleReceivesNothingNotForEnforcementWhateverTheOrganiserRecorded() {
    String overleg =
        als(PARTNER_UWV)
            .get("/overleggen/{uuid}", casus.uuid)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(overleg).doesNotContain(SCHULDEN).contains("Drie maanden huurachterstand");
    als(PARTNER_UWV)
        .get("/overleggen/{uuid}/inbreng/{id}", casus.uuid, schulden)
        .then()
        .statusCode(403);
    // The organiser recorded UWV without an enforcement task; its role decides all the same.
    als(ONDERZOEKER)
        .get("/overleggen/{uuid}", casus.uuid)
        .then()
        .body("deelnemers.find { it.id == '" + uwv + "' }.handhavend", equalTo(false));
  }

  @Test
  void onlyNamedParticipantsReceiveANamedInbreng() {
    als(PARTNER_GGZ)
        .get("/overleggen/{uuid}/inbreng/{id}", casus.uuid, alleenGgz)
        .then()
        .statusCode(200);
    als(PARTNER_GGZ)
        .get("/overleggen/{uuid}/inbreng", casus.uuid)
        .then()
        .statusCode(200)
        .body("count", equalTo(3));
    als(PARTNER_UWV)
        .get("/overleggen/{uuid}/inbreng/{id}", casus.uuid, alleenGgz)
        .then()
        .statusCode(403);
  }

  @Test
  void theOrganiserSeesEveryInbrengPaged() {
    als(ONDERZOEKER)
        .queryParam("pageSize", 2)
        .get("/overleggen/{uuid}/inbreng", casus.uuid)
        .then()
        .statusCode(200)
        .body("count", equalTo(3))
        .body("results.id", equalTo(List.of(schulden, alleenGgz)))
        .body("next", org.hamcrest.Matchers.containsString("page=2"));
    als(ONDERZOEKER)
        .get("/overleggen/{uuid}/inbreng/{id}", casus.uuid, schulden)
        .then()
        .statusCode(200)
        .body("voorwaarden.nietVoorHandhaving", equalTo(true))
        .body("voorwaarden.nietVerderVerstrekken", equalTo(true))
        .body("categorie", equalTo("financieel"));
    als(ONDERZOEKER)
        .get("/overleggen/{uuid}/inbreng/{id}", casus.uuid, java.util.UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void aRequestAboutAnInbrengTheRequesterDoesNotReceiveRevealsNothing() {
    String antwoord =
        casus
            .post(PARTNER_CORPORATIE, "/verzoeken", Api.verzoek(schulden, corporatie))
            .statusCode(400)
            .body("invalidParams[0].code", equalTo("niet-beschikbaar"))
            .extract()
            .asString();
    assertThat(antwoord).doesNotContain(SCHULDEN).doesNotContain("financieel");
  }
}
