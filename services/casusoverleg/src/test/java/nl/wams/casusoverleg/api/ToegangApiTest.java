package nl.wams.casusoverleg.api;

import static nl.wams.casusoverleg.api.Api.COORDINATOR;
import static nl.wams.casusoverleg.api.Api.CORPORATIE;
import static nl.wams.casusoverleg.api.Api.GGZ;
import static nl.wams.casusoverleg.api.Api.ONDERZOEKER;
import static nl.wams.casusoverleg.api.Api.ONDERZOEKER_UTRECHT;
import static nl.wams.casusoverleg.api.Api.PARTNER_GGZ;
import static nl.wams.casusoverleg.api.Api.PARTNER_POLITIE;
import static nl.wams.casusoverleg.api.Api.PARTNER_UWV;
import static nl.wams.casusoverleg.api.Api.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.OnderzoekStub;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees an overleg: staff of its municipality; a partner whose organisation takes part, as that
 * participant; nobody else (403 on the overleg, absent from lists).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(OnderzoekStub.class)
class ToegangApiTest {

  private Casus casus;
  private String ggz;
  private String corporatie;

  @BeforeEach
  void overleg() {
    casus = Casus.gepland(ONDERZOEKER, Api.geidentificeerd(Onderzoek.inOnderzoek(), "ONDERZOEK"));
    ggz = casus.deelnemer(GGZ, "ZORG", false);
    corporatie = casus.deelnemer(CORPORATIE, "WONEN", true);
  }

  @Test
  void staffOfTheMunicipalitySeeIt() {
    for (String medewerker : List.of(ONDERZOEKER, COORDINATOR)) {
      als(medewerker).get("/overleggen/{uuid}", casus.uuid).then().statusCode(200);
      als(medewerker)
          .queryParam("pageSize", 100)
          .get("/overleggen")
          .then()
          .statusCode(200)
          .body("results.uuid", hasItem(casus.uuid));
    }
  }

  @Test
  void othersGet403AndDoNotFindItInLists() {
    for (String ander :
        // The resident is asked of the real onderzoek (CasusoverlegScenarioTest): this stand-in
        // answers every token alike.
        List.of(ONDERZOEKER_UTRECHT, PARTNER_UWV, PARTNER_POLITIE, "beheerder")) {
      als(ander).get("/overleggen/{uuid}", casus.uuid).then().statusCode(403);
      als(ander).get("/overleggen/{uuid}/inbreng", casus.uuid).then().statusCode(403);
      als(ander).get("/overleggen/{uuid}/verzoeken", casus.uuid).then().statusCode(403);
      als(ander)
          .queryParam("pageSize", 100)
          .get("/overleggen")
          .then()
          .statusCode(200)
          .body("results.uuid", not(hasItem(casus.uuid)));
    }
  }

  @Test
  void aPartnerSeesTheOverleggenOfItsOrganisationAsItsParticipant() {
    als(PARTNER_GGZ)
        .get("/overleggen/{uuid}", casus.uuid)
        .then()
        .statusCode(200)
        .body(
            "deelnemers.find { it.id == '" + ggz + "' }.noodzaak",
            org.hamcrest.Matchers.notNullValue())
        .body(
            "deelnemers.find { it.id == '" + corporatie + "' }.noodzaak",
            org.hamcrest.Matchers.nullValue());
    List<String> gezien =
        als(PARTNER_GGZ)
            .queryParam("pageSize", 100)
            .get("/overleggen")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("results.uuid");
    assertThat(gezien).contains(casus.uuid);
    // Every overleg in a partner's list is one its organisation takes part in.
    als(PARTNER_GGZ)
        .queryParam("pageSize", 100)
        .get("/overleggen")
        .then()
        .body("results.deelnemers.organisatie", org.hamcrest.Matchers.everyItem(hasItem(GGZ)));
  }

  @Test
  void partnersDoNotOrganise() {
    casus
        .post(PARTNER_GGZ, "/deelnemers", Api.deelnemer("UWV", "WERK_INKOMEN", true))
        .statusCode(403);
    casus.uitnodiging("CLIENT");
    casus
        .post(
            PARTNER_GGZ,
            "/afronding",
            Map.of("gehoudenOp", Api.nu(), "aanwezigeDeelnemers", List.of(ggz)))
        .statusCode(403);
    casus
        .post(
            PARTNER_GGZ,
            "/afspraken",
            Map.of("omschrijving", "x", "partij", ggz, "deadline", "2026-12-01"))
        .statusCode(403);
    als(PARTNER_GGZ).body(Api.anoniem("Casus")).post("/overleggen").then().statusCode(403);
    als(ONDERZOEKER_UTRECHT)
        .body(Api.geidentificeerd(Onderzoek.inOnderzoek(), "ONDERZOEK"))
        .post("/overleggen")
        .then()
        .statusCode(403);
  }

  @Test
  void aPartnerSharesOnlyAsItsOwnOrganisation() {
    casus
        .post(PARTNER_GGZ, "/inbreng", Api.inbreng(corporatie, "wonen", "Huurachterstand", null))
        .statusCode(403);
    casus
        .post(PARTNER_GGZ, "/inbreng", Api.inbreng(ggz, "zorg", "In behandeling", null))
        .statusCode(201)
        .body("verstrekker", equalTo(ggz));
  }

  @Test
  void withoutAnyOverlegAPartnerSeesAnEmptyList() {
    als("partner-onderwijs").get("/overleggen").then().statusCode(200).body("count", equalTo(0));
  }
}
