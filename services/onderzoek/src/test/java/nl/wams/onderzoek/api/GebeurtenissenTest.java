package nl.wams.onderzoek.api;

import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static nl.wams.onderzoek.api.Dossier.conclusie;
import static nl.wams.onderzoek.api.Dossier.hulpvraag;
import static nl.wams.onderzoek.api.Dossier.probleem;
import static nl.wams.onderzoek.api.Dossier.reikwijdte;
import static nl.wams.onderzoek.api.Dossier.start;
import static nl.wams.onderzoek.api.Dossier.wijzig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wams.commons.events.OutboxRelay;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay delivers onderzoek's conclusion to coordinatie's endpoint as a structured
 * CloudEvent under the services' own token, once; a failed delivery is kept and retried.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(CoordinatieStandIn.class)
class GebeurtenissenTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject OutboxRelay relay;

  @ConfigProperty(name = "wams.events.subscribers.coordinatie.url")
  URI ontvanger;

  private static ExtractableResponse<Response> verplichteConclusie(String bsn) {
    ExtractableResponse<Response> dossier = start(hulpvraag(bsn));
    dossier = reikwijdte(dossier, "FINANCIEN", "ZELFREDZAAMHEID");
    dossier = probleem(dossier, "FINANCIEN", "WGS");
    dossier = probleem(dossier, "ZELFREDZAAMHEID", "WMO");
    return wijzig(dossier, "/conclusie", conclusie(true));
  }

  private void antwoord(int status) {
    RestAssured.given().put(ontvanger.resolve("/antwoord/" + status)).then().statusCode(204);
  }

  /** The deliveries about this procedure, oldest first: Authorization, Content-Type and event. */
  private List<JsonNode> ontvangenVoor(String procedure) throws Exception {
    JsonNode alle =
        JSON.readTree(RestAssured.given().get(ontvanger.resolve("/ontvangen")).asByteArray());
    List<JsonNode> leveringen = new ArrayList<>();
    for (JsonNode levering : alle) {
      if (JSON.readTree(levering.path("body").asText())
          .path("subject")
          .asText()
          .equals(procedure)) {
        leveringen.add(levering);
      }
    }
    return leveringen;
  }

  @Test
  void theConclusionReachesCoordinatieOnceAsAThinCloudEvent() throws Exception {
    antwoord(204);
    String bsn = nieuwBsn();
    String procedure = verplichteConclusie(bsn).path("url");

    relay.deliverDue();
    relay.deliverDue();

    List<JsonNode> leveringen = ontvangenVoor(procedure);
    assertThat(leveringen).hasSize(1);
    JsonNode levering = leveringen.getFirst();
    JsonNode event = JSON.readTree(levering.path("body").asText());
    assertThat(event.path("specversion").asText()).isEqualTo("1.0");
    assertThat(event.path("type").asText()).isEqualTo("nl.wams.onderzoek.conclusie-vastgesteld");
    assertThat(event.path("data").path("uitkomst").asText()).isEqualTo("COORDINATIE_VERPLICHT");
    // What verslag's indicators need: when, the domains involved, cliëntondersteuning.
    assertThat(event.path("data").path("vastgesteldOp").asText()).isNotBlank();
    assertThat(event.path("data").path("domeinen").isArray()).isTrue();
    assertThat(event.path("data").path("domeinen").size()).isGreaterThanOrEqualTo(2);
    assertThat(event.path("data").path("clientondersteuningAangeboden").isBoolean()).isTrue();
    // Thin: the procedure's URL and process facts, never the person.
    assertThat(event.toString()).doesNotContain(bsn);
    assertThat(levering.path("contentType").asText()).isEqualTo("application/cloudevents+json");
    String token = levering.path("authorization").asText().substring("Bearer ".length());
    assertThat(Tokens.claims(token).get("azp")).isEqualTo("wams-services");
  }

  @Test
  void aFailedDeliveryIsKeptAndRetriedUntilItSucceeds() throws Exception {
    antwoord(503);
    String procedure = verplichteConclusie(nieuwBsn()).path("url");
    relay.deliverDue();
    assertThat(ontvangenVoor(procedure)).hasSize(1);
    String metrics =
        RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).containsPattern("(?m)^wams_outbox_backlog [1-9]");

    antwoord(204);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              relay.deliverDue();
              return ontvangenVoor(procedure).size() == 2;
            });
    relay.deliverDue();
    assertThat(ontvangenVoor(procedure)).hasSize(2);
  }

  @Test
  void aStartedProcedureReachesMeldpuntOnceWithItsAanmelding() throws Exception {
    String bsn = nieuwBsn();
    Map<String, Object> body = hulpvraag(bsn);
    String aanmelding =
        "http://localhost:8081/meldpunt/v1/aanmeldingen/" + java.util.UUID.randomUUID();
    body.put("ingang", Map.of("soort", "HULPVRAAG", "aanmelding", aanmelding));
    String procedure = start(body).path("url");

    relay.deliverDue();
    relay.deliverDue();

    List<JsonNode> leveringen = new ArrayList<>();
    for (JsonNode levering :
        JSON.readTree(
            RestAssured.given().get(ontvanger.resolve("/ontvangen-meldpunt")).asByteArray())) {
      JsonNode event = JSON.readTree(levering.path("body").asText());
      if (event.path("subject").asText().equals(procedure)) {
        leveringen.add(event);
      }
    }
    assertThat(leveringen).hasSize(1);
    JsonNode event = leveringen.getFirst();
    assertThat(event.path("type").asText()).isEqualTo("nl.wams.onderzoek.procedure-gestart");
    assertThat(event.path("data").path("aanmelding").asText()).isEqualTo(aanmelding);
    assertThat(event.path("data").path("gemeentecode").asText()).isEqualTo("0363");
    assertThat(event.path("data").path("herhaaldOnderzoek").asBoolean(true)).isFalse();
    assertThat(event.path("data").path("gestartOp").asText()).isNotBlank();
    assertThat(event.toString()).doesNotContain(bsn);
  }
}
