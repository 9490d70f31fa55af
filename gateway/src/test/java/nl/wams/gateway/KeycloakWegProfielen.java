package nl.wams.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import nl.wams.commons.test.KeycloakBeheer;

/**
 * Test profiles in which the gateway reaches Keycloak only through a {@link KeycloakSchakelaar},
 * while tokens come from Keycloak directly (so their issuer is Keycloak's own address, set as the
 * expected issuer). A short connection delay keeps a start without Keycloak quick.
 */
final class KeycloakWegProfielen {

  private KeycloakWegProfielen() {}

  static Map<String, String> via(KeycloakSchakelaar schakelaar) {
    String realm = "/realms/" + KeycloakBeheer.realm();
    return Map.of(
        "quarkus.oidc.auth-server-url", schakelaar.url() + realm,
        "quarkus.oidc.token.issuer", KeycloakBeheer.serverUrl() + realm,
        "quarkus.oidc.connection-delay", "2S");
  }

  /** Keycloak is there when the gateway starts, and goes away during the test. */
  public static class EvenWeg implements QuarkusTestProfile {
    static final String NAAM = "even-weg";

    @Override
    public Map<String, String> getConfigOverrides() {
      return via(KeycloakSchakelaar.van(NAAM, KeycloakBeheer.serverUrl(), true));
    }
  }

  /** Keycloak is away when the gateway starts, and comes back during the test. */
  public static class WegBijStart implements QuarkusTestProfile {
    static final String NAAM = "weg-bij-start";

    @Override
    public Map<String, String> getConfigOverrides() {
      return via(KeycloakSchakelaar.van(NAAM, KeycloakBeheer.serverUrl(), false));
    }
  }
}
