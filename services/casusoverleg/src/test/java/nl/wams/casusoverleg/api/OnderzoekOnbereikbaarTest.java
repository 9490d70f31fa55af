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

/** With onderzoek down, no identified overleg is planned: 503, and nothing is stored. */
@QuarkusTest
@TestProfile(OnderzoekOnbereikbaarTest.Onbereikbaar.class)
class OnderzoekOnbereikbaarTest {

  /** Port 1 (tcpmux): nobody listens there, so a connection is refused at once. */
  private static final String ONDERZOEK = "http://localhost:1/onderzoek/v1";

  @Test
  void anUnreachableOnderzoekIs503() {
    long voor = geidentificeerd();
    fouteInvoerAls(ONDERZOEKER)
        .body(
            Api.geidentificeerd(
                URI.create(ONDERZOEK + "/procedures/" + UUID.randomUUID()), "ONDERZOEK"))
        .post("/overleggen")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("niet bereikbaar"));
    org.assertj.core.api.Assertions.assertThat(geidentificeerd()).isEqualTo(voor);
  }

  private static long geidentificeerd() {
    return Api.als(ONDERZOEKER)
        .queryParam("soort", "GEIDENTIFICEERD")
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
