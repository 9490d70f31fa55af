package nl.wams.commons.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Real Keycloak for service tests: the realm {@code wams} from {@code
 * docker/keycloak/wams-realm.json} (clients, roles, claim mappers, test users), started once per
 * test JVM however many test classes use it, on a free port, and stopped when the JVM ends. Points
 * the service's OIDC configuration at it; get tokens with {@link Tokens#accessToken(String)}.
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(PostgresTestResource.class)
 * @QuarkusTestResource(KeycloakTestResource.class)
 * class OnderzoekenTest {
 *   @Test
 *   void anOnderzoekerSeesTheirOnderzoeken() {
 *     given().auth().oauth2(Tokens.accessToken("onderzoeker-ams")).get("/onderzoeken")...
 * }</pre>
 *
 * <p>Starting takes 15-40 s (more the first time after a fresh unpack, when Keycloak builds itself),
 * so only modules whose tests use it pay for it; the start fails after 180 s with the end of
 * Keycloak's log ({@code target/keycloak-test/keycloak-<pid>.log}).
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

  /** The audience of every Wams access token, and the client id of the APIs in the realm. */
  public static final String AUDIENCE = "wams-api";

  @Override
  public Map<String, String> start() {
    return Map.of(
        "quarkus.oidc.auth-server-url",
        TestKeycloak.realmUrl().toString(),
        "quarkus.oidc.client-id",
        AUDIENCE);
  }

  @Override
  public void stop() {
    // Shared by every test class in this JVM; stopped by a shutdown hook.
  }
}
