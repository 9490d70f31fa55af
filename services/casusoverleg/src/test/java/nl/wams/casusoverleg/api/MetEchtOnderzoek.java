package nl.wams.casusoverleg.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;

/**
 * The scenario tests run against the real onderzoek instead of the stub every other test class
 * shares: their own test resources, without the global ones.
 */
public class MetEchtOnderzoek implements QuarkusTestProfile {

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(
        new TestResourceEntry(PostgresTestResource.class),
        new TestResourceEntry(KeycloakTestResource.class),
        new TestResourceEntry(EchtOnderzoek.class));
  }

  /**
   * A schema of its own: what these tests make refers to the real onderzoek's procedures, the other
   * tests' to the stub's, and a list names the people of every procedure on it by asking the
   * onderzoek it is configured with (fail closed on a procedure it does not know).
   */
  @Override
  public Map<String, String> getConfigOverrides() {
    String schema = "casusoverleg_echt";
    return Map.of(
        "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema", schema,
        "quarkus.flyway.schemas", schema,
        "quarkus.flyway.default-schema", schema,
        "quarkus.hibernate-orm.database.default-schema", schema);
  }

  @Override
  public boolean disableGlobalTestResources() {
    return true;
  }
}
