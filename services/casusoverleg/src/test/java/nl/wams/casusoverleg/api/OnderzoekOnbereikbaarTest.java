package nl.wams.casusoverleg.api;

import static nl.wams.casusoverleg.api.Api.ONDERZOEKER;
import static nl.wams.casusoverleg.api.Api.fouteInvoerAls;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * With onderzoek down, no identified overleg is planned: 503, and nothing is stored. (Reading one
 * is 503 too, as onderzoek cannot name its people: BetrokkenenApiTest.) An anonymous overleg is
 * about nobody known, so it needs no onderzoek.
 */
@QuarkusTest
@TestProfile(OnderzoekOnbereikbaarTest.Onbereikbaar.class)
class OnderzoekOnbereikbaarTest {

  /** Port 1 (tcpmux): nobody listens there, so a connection is refused at once. */
  private static final String ONDERZOEK = "http://localhost:1/onderzoek/v1";

  @Test
  void anUnreachableOnderzoekIs503() {
    URI procedure = URI.create(ONDERZOEK + "/procedures/" + UUID.randomUUID());
    fouteInvoerAls(ONDERZOEKER)
        .body(Api.geidentificeerd(procedure, "ONDERZOEK"))
        .post("/overleggen")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("niet bereikbaar"));
    org.assertj.core.api.Assertions.assertThat(overleggenOver(procedure)).isZero();
  }

  @Test
  void anAnonymousOverlegNeedsNoOnderzoekAndNamesNobody() {
    Casus anoniem = Casus.gepland(ONDERZOEKER, Api.anoniem("Casus over een gezin"));
    Api.als(ONDERZOEKER)
        .get("/overleggen/{uuid}", anoniem.uuid)
        .then()
        .statusCode(200)
        .header(nl.wams.commons.logboek.Betrokkenen.HEADER, org.hamcrest.Matchers.nullValue());
  }

  private static long overleggenOver(URI procedure) {
    return Api.als(ONDERZOEKER)
        .queryParam("procedure", procedure.toString())
        .get("/overleggen")
        .then()
        .statusCode(200)
        .extract()
        .<Number>path("count")
        .longValue();
  }

  /** Onderzoek at a port where nobody listens. */
  public static class Onbereikbaar implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("wams.onderzoek.url", ONDERZOEK);
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(PostgresTestResource.class),
          new TestResourceEntry(KeycloakTestResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }
}
