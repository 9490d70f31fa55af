package nl.wams.meldpunt.api;

import static io.restassured.RestAssured.given;
import static nl.wams.meldpunt.api.Aanmeldingen.ANDER_BSN;
import static nl.wams.meldpunt.api.Aanmeldingen.BASE;
import static nl.wams.meldpunt.api.Aanmeldingen.BSN;
import static nl.wams.meldpunt.api.Aanmeldingen.api;
import static nl.wams.meldpunt.api.Aanmeldingen.create;
import static nl.wams.meldpunt.api.Aanmeldingen.gemeente;
import static nl.wams.meldpunt.api.Aanmeldingen.hulpvraag;
import static nl.wams.meldpunt.api.Aanmeldingen.medewerker;
import static nl.wams.meldpunt.api.Aanmeldingen.melding;
import static nl.wams.meldpunt.api.Aanmeldingen.verzoek;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.wams.commons.test.ContractValidation;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The header Wams-Betrokkenen, from which the gateway writes the Logboek: the betrokkene of an
 * aanmelding, every aanmelding's in a list, nobody for an aanmelding without BSN or on an error.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class BetrokkenenTest {

  private static final String HEADER = "Wams-Betrokkenen";

  @Test
  void anAanmeldingNamesItsBetrokkeneAListEveryOnesAndAnErrorNobody() {
    String eigen = gemeente();
    String uuid = create(melding(eigen)).header(HEADER, BSN).extract().path("uuid");
    create(hulpvraag(eigen)).header(HEADER, ANDER_BSN);
    create(verzoek(eigen)).header(HEADER, nullValue());

    api().get("/aanmeldingen/{uuid}", uuid).then().statusCode(200).header(HEADER, BSN);
    String lijst = api().get("/aanmeldingen").then().statusCode(200).extract().header(HEADER);
    assertThat(lijst.split(",")).containsExactlyInAnyOrder(BSN, ANDER_BSN);

    given()
        .filter(ContractValidation.responseContract())
        .auth()
        .oauth2(medewerker(gemeente()))
        .basePath(BASE)
        .get("/aanmeldingen/{uuid}", uuid)
        .then()
        .statusCode(403)
        .header(HEADER, nullValue());
    given()
        .filter(ContractValidation.responseContract())
        .auth()
        .oauth2(medewerker(eigen))
        .basePath(BASE)
        .get("/aanmeldingen/{uuid}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .header(HEADER, nullValue());
  }
}
