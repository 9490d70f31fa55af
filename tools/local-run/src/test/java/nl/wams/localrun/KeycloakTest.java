package nl.wams.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakTest {
  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  /** The homes link into the distribution; unlinked so that cleaning temp never looks there. */
  @AfterEach
  void unlink() throws IOException {
    try (Stream<Path> paths = Files.walk(temp)) {
      for (Path link : paths.filter(Files::isSymbolicLink).toList()) {
        Files.delete(link);
      }
    }
  }

  @Test
  void theRealKeycloakImportsTheRealmOnceAndKeepsItsDataAcrossRestarts() throws Exception {
    Path home = temp.resolve("keycloak");
    Path log = temp.resolve("keycloak.log");
    int port = freePort();
    int management = freePort();
    HttpClient http = HttpClient.newHttpClient();

    Keycloak first = Keycloak.start(ROOT, home, port, management, log, Duration.ofMinutes(4));
    try {
      assertEquals(Keycloak.Import.NEW, first.imports());
      first.awaitReady(new Readiness(http), Launcher.KEYCLOAK_READY_TIMEOUT);
      System.out.printf("Keycloak (import) ready in %s%n", Console.seconds(first.sinceStart()));
      JsonNode claims =
          claims(new DemoTokens(http, first.tokenEndpoint()).accessToken("onderzoeker-ams"));
      assertEquals("http://localhost:" + port + "/realms/wams", claims.path("iss").asText());
      assertEquals("wams-api", claims.path("aud").asText());
      assertEquals("0363", claims.path("gemeente").asText());
    } finally {
      first.stop();
    }
    assertFalse(first.process().isAlive());
    assertTrue(Files.isDirectory(home.resolve("data/h2")), "the database stays in the home");

    Keycloak second = Keycloak.start(ROOT, home, port, management, log, Duration.ofMinutes(4));
    try {
      assertEquals(Keycloak.Import.NONE, second.imports());
      second.awaitReady(new Readiness(http), Launcher.KEYCLOAK_READY_TIMEOUT);
      System.out.printf("Keycloak (restart) ready in %s%n", Console.seconds(second.sinceStart()));
      JsonNode claims =
          claims(new DemoTokens(http, second.tokenEndpoint()).accessToken("inwoner-1"));
      assertEquals("999993653", claims.path("bsn").asText());
    } finally {
      second.stop();
    }
  }

  @Test
  void aChangedRealmFileWipesKeycloaksDataForAFreshImport() throws IOException {
    Path distribution = fakeDistribution();
    Path home = temp.resolve("home");
    Path realm = Files.writeString(temp.resolve("wams-realm.json"), "{\"realm\":\"wams\"}");

    assertEquals(
        Keycloak.Import.NEW,
        Keycloak.prepareHome(distribution, home, realm, Keycloak.sha256(realm)));
    assertTrue(Files.isSymbolicLink(home.resolve("lib")));
    assertTrue(Files.isRegularFile(home.resolve("bin/kc.sh")));
    assertTrue(Files.isRegularFile(home.resolve("data/import/wams-realm.json")));

    // What awaitReady records once Keycloak imported it, and the database Keycloak created.
    Files.writeString(home.resolve("imported-realm.sha256"), Keycloak.sha256(realm));
    Files.createDirectories(home.resolve("data/h2"));
    assertEquals(
        Keycloak.Import.NONE,
        Keycloak.prepareHome(distribution, home, realm, Keycloak.sha256(realm)));
    assertTrue(Files.isDirectory(home.resolve("data/h2")));

    Files.writeString(realm, "{\"realm\":\"wams\",\"displayName\":\"Wams\"}");
    assertEquals(
        Keycloak.Import.CHANGED,
        Keycloak.prepareHome(distribution, home, realm, Keycloak.sha256(realm)));
    assertFalse(Files.exists(home.resolve("data/h2")));
    assertTrue(Files.isRegularFile(home.resolve("data/import/wams-realm.json")));
  }

  @Test
  void theEnvironmentOfTheDevelopersShellDoesNotReachKeycloak() {
    var environment =
        new java.util.HashMap<>(
            java.util.Map.of(
                "KC_DB", "postgres",
                "JAVA_OPTS", "-Xmx64m",
                "DEBUG", "true",
                "PATH", "/usr/bin"));

    Keycloak.cleanEnvironment(environment);

    assertEquals(Path.of(System.getProperty("java.home")).toString(), environment.get("JAVA_HOME"));
    assertEquals("/usr/bin", environment.get("PATH"));
    assertFalse(environment.containsKey("KC_DB"));
    assertFalse(environment.containsKey("JAVA_OPTS"));
    assertFalse(environment.containsKey("DEBUG"));
  }

  @Test
  void thePrintedTokenCommandExtractsTheTokenWithSedWhenThereIsNoJq() throws Exception {
    List<String> example =
        Keycloak.tokenExample(
            URI.create("http://localhost:8180/realms/wams/protocol/openid-connect/token"),
            "meldpunt-ams",
            URI.create("http://localhost:8081/meldpunt/v1/aanmeldingen?pageSize=2"),
            false);
    String tokenLine = example.get(1);
    String extract = tokenLine.substring(tokenLine.indexOf("| ") + 2, tokenLine.length() - 1);
    String answer =
        "{\"access_token\":\"eyJ.abc.def\",\"expires_in\":300,\"token_type\":\"Bearer\"}";

    Process sed =
        new ProcessBuilder("/bin/sh", "-c", "printf '%s' '" + answer + "' | " + extract).start();

    assertEquals(
        "eyJ.abc.def",
        new String(sed.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    assertEquals("U=meldpunt-ams", example.get(0));
    assertTrue(tokenLine.startsWith("TOKEN=$(curl -s -d client_id=wams-demo"), tokenLine);
    assertTrue(
        example.get(2).endsWith("'http://localhost:8081/meldpunt/v1/aanmeldingen?pageSize=2'"),
        example.get(2));
    assertTrue(
        Keycloak.tokenExample(URI.create("http://t"), "u", URI.create("http://r"), true)
            .get(1)
            .endsWith("| jq -r .access_token)"));
  }

  @Test
  void theGatewayExampleNamesItsProcessingActivity() {
    List<String> example =
        Keycloak.tokenExample(
            URI.create("http://localhost:8180/realms/wams/protocol/openid-connect/token"),
            "meldpunt-ams",
            URI.create("http://localhost:8080/meldpunt/v1/aanmeldingen?pageSize=2"),
            true,
            "aanmelding-behandelen");
    assertEquals(
        "curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Wams-Verwerkingsactiviteit:"
            + " aanmelding-behandelen' 'http://localhost:8080/meldpunt/v1/aanmeldingen?pageSize=2'",
        example.get(2));
  }

  private Path fakeDistribution() throws IOException {
    Path distribution = temp.resolve("keycloak-x");
    for (String dir : List.of("bin", "lib", "conf", "providers", "themes")) {
      Files.createDirectories(distribution.resolve(dir));
    }
    Files.writeString(distribution.resolve("bin/kc.sh"), "#!/bin/sh\n");
    return distribution;
  }

  private static JsonNode claims(String token) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
