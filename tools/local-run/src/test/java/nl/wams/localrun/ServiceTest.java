package nl.wams.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceTest {

  private static final Service MELDPUNT = new Service("meldpunt", 8081, "/meldpunt/v1");

  @Test
  void theTableRunsMeldpuntOnItsFixedPort() {
    assertTrue(Service.ALL.contains(MELDPUNT), Service.ALL.toString());
  }

  @Test
  void namesAndPortsAreUniqueAndClearOfPostgresAndKeycloak() {
    Set<String> names = new HashSet<>();
    Set<Integer> ports = new HashSet<>();
    for (Service service : Service.ALL) {
      assertTrue(names.add(service.name()), "duplicate name " + service.name());
      assertTrue(ports.add(service.port()), "duplicate port " + service.port());
      assertNotEquals(Launcher.POSTGRES_PORT, service.port());
      assertNotEquals(Keycloak.PORT, service.port());
      assertNotEquals(Keycloak.MANAGEMENT_PORT, service.port());
    }
  }

  @Test
  void basePathsStartWithASlashAndHaveNoTrailingOne() {
    for (Service service : Service.ALL) {
      assertTrue(service.basePath().matches("/[a-z0-9/-]*[a-z0-9]"), service.basePath());
    }
  }

  @Test
  void runsTheQuarkusFastJarOfTheService() {
    assertEquals(
        Path.of("/repo/services/meldpunt/target/quarkus-app/quarkus-run.jar"),
        MELDPUNT.jar(Path.of("/repo")));
  }

  @Test
  void derivesTheAddressesADeveloperOpens() {
    assertEquals(URI.create("http://localhost:8081/q/health/ready"), MELDPUNT.readiness());
    assertEquals(
        List.of(
            "http://localhost:8081/meldpunt/v1",
            "http://localhost:8081/meldpunt/v1/openapi.json",
            "http://localhost:8081/meldpunt/v1/openapi.yaml",
            "http://localhost:8081/q/swagger-ui",
            "http://localhost:8081/q/health"),
        MELDPUNT.links().stream().map(link -> link.uri().toString()).toList());
  }

  @Test
  void theGatewayRunsLastOnPort8080FromItsOwnModule() {
    assertEquals(Service.GATEWAY, Service.ALL.getLast());
    assertEquals(8080, Service.GATEWAY.port());
    assertEquals(
        Path.of("/repo/gateway/target/quarkus-app/quarkus-run.jar"),
        Service.GATEWAY.jar(Path.of("/repo")));
    assertEquals(URI.create("http://localhost:8080/q/health/ready"), Service.GATEWAY.readiness());
  }

  @Test
  void inzageLinksItsResidentsPages() {
    Service inzage =
        Service.ALL.stream().filter(s -> s.name().equals("inzage")).findFirst().orElseThrow();
    assertEquals(8086, inzage.port());
    assertTrue(
        inzage.links().stream()
            .anyMatch(l -> l.uri().toString().equals("http://localhost:8086/mijn")));
  }

  @Test
  void everyServiceHasAddressesThatAreUrls() {
    for (Service service : Service.ALL) {
      assertFalse(service.links().isEmpty(), service.name());
      for (Service.Link link : service.links()) {
        assertTrue(link.uri().isAbsolute(), service.name() + " " + link);
        assertEquals("localhost", link.uri().getHost(), service.name() + " " + link);
      }
    }
    assertEquals(
        List.of(
            "http://localhost:8080/meldpunt/v1",
            "http://localhost:8080/onderzoek/v1",
            "http://localhost:8080/casusoverleg/v1",
            "http://localhost:8080/coordinatie/v1",
            "http://localhost:8080/verslag/v1",
            "http://localhost:8080/inzage/v1",
            "http://localhost:8080/meldpunt/v1/openapi.yaml",
            "http://localhost:8080/q/health"),
        Service.GATEWAY.links().stream().map(link -> link.uri().toString()).toList());
  }
}
