package nl.wams.commons.test;

import java.net.URI;

/**
 * The test JVM's Keycloak for tests that administer it themselves (e.g. the realm provisioning
 * tool): its server address and the bootstrap admin of the master realm. The first call starts it.
 */
public final class KeycloakBeheer {

  private KeycloakBeheer() {}

  /** {@code http://localhost:<port>}, without a realm. */
  public static URI serverUrl() {
    String realm = TestKeycloak.realmUrl().toString();
    return URI.create(realm.substring(0, realm.indexOf("/realms/")));
  }

  /** The realm the test Keycloak imports: {@code wams}. */
  public static String realm() {
    return TestKeycloak.REALM;
  }

  public static String adminUser() {
    return TestKeycloak.ADMIN_USER;
  }

  public static String adminPassword() {
    return TestKeycloak.ADMIN_PASSWORD;
  }
}
