package nl.wams.onderzoek.api;

import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static nl.wams.onderzoek.api.Dossier.als;
import static nl.wams.onderzoek.api.Dossier.hulpvraag;
import static nl.wams.onderzoek.api.Dossier.probleem;
import static nl.wams.onderzoek.api.Dossier.reikwijdte;
import static nl.wams.onderzoek.api.Dossier.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The dossier is read from its stored JSON (the read model). These tests prove that what a GET
 * returns is always the dossier after the latest change, and that a procedure without stored JSON
 * is rendered on its first read.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(CoordinatieStandIn.class)
class WeergaveTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void everyReadShowsTheDossierAfterTheLatestChangeWithItsEtag() {
    ExtractableResponse<Response> dossier = start(hulpvraag(nieuwBsn()));
    dossier = reikwijdte(dossier, "FINANCIEN", "HUISVESTING");
    ExtractableResponse<Response> gewijzigd = probleem(dossier, "FINANCIEN", "WGS");

    ExtractableResponse<Response> gelezen = lees(gewijzigd.path("uuid"));

    assertThat(gelezen.header("ETag")).isEqualTo(gewijzigd.header("ETag"));
    assertThat(gelezen.header("ETag")).isNotEqualTo(dossier.header("ETag"));
    assertThat(gelezen.body().asString()).isEqualTo(gewijzigd.body().asString());
    assertThat(gelezen.<String>path("url"))
        .endsWith("/onderzoek/v1/procedures/" + gewijzigd.path("uuid"));
    assertThat(gelezen.<java.util.List<?>>path("problemen")).hasSize(1);
  }

  @Test
  void aProcedureWithoutStoredJsonIsRenderedOnItsFirstRead() throws SQLException {
    ExtractableResponse<Response> dossier =
        probleem(reikwijdte(start(hulpvraag(nieuwBsn())), "FINANCIEN"), "FINANCIEN", "WGS");
    String uuid = dossier.path("uuid");
    assertThat(verwijderWeergave(uuid)).isEqualTo(1);

    ExtractableResponse<Response> gelezen = lees(uuid);

    assertThat(gelezen.body().asString()).isEqualTo(dossier.body().asString());
    assertThat(gelezen.header("ETag")).isEqualTo(dossier.header("ETag"));
    assertThat(verwijderWeergave(uuid)).as("stored again by the read").isEqualTo(1);
  }

  private static ExtractableResponse<Response> lees(String uuid) {
    return als(Dossier.ONDERZOEKER)
        .get("/procedures/{uuid}", uuid)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .extract();
  }

  private int verwijderWeergave(String uuid) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "delete from onderzoek.procedure_weergave where procedure_id = ?")) {
      delete.setObject(1, UUID.fromString(uuid));
      return delete.executeUpdate();
    }
  }
}
