package nl.wams.casusoverleg.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
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

  @Override
  public boolean disableGlobalTestResources() {
    return true;
  }
}
