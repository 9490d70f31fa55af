package nl.wams.keycloaksync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.wams.commons.test.KeycloakBeheer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool against a real Keycloak: a copy of the suite's realm (imported under another name, so
 * nothing else in the test Keycloak changes) is in line with the suite's policy; a changed policy
 * is applied, checked and applied again without changes.
 */
class KeycloakSyncTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REALM = "sync-proef";
  private static String url;
  private static Map<String, String> env;

  @BeforeAll
  static void importACopyOfTheRealm() throws Exception {
    url = KeycloakBeheer.serverUrl().toString();
    env =
        Map.of(
            "KEYCLOAK_ADMIN_USER", KeycloakBeheer.adminUser(),
            "KEYCLOAK_ADMIN_PASSWORD", KeycloakBeheer.adminPassword());
    ObjectNode realm =
        (ObjectNode) JSON.readTree(Path.of("../../docker/keycloak/wams-realm.json").toFile());
    realm.put("realm", REALM);
    realm.remove("id");
    realm.remove("users");
    int status = admin("POST", "/admin/realms", realm.toString());
    assertThat(status).as("import of the realm copy").isEqualTo(201);
  }

  @AfterAll
  static void removeTheCopy() throws Exception {
    admin("DELETE", "/admin/realms/" + REALM, null);
  }

  @Test
  void theSuitesRealmIsInLineWithTheSuitesPolicy() {
    Uitvoer check = run("--check");
    assertThat(check.status).as(check.text).isZero();
    assertThat(check.text).contains("realm " + REALM + " is in line with the policy");
  }

  @Test
  void aChangedPolicyIsAppliedOnceAndThenInLine(@TempDir Path dir) throws IOException {
    String policy = standaardPolicy();
    policy =
        policy.replace(
            "\nrollen:\n",
            "\nrollen:\n  proef-rol:\n    omschrijving: Een rol voor de proef.\n"
                + "    verwerkingsactiviteiten: []\n    categorieen: []\n    operaties: []\n");
    policy = policy.replace("    rollen: [beleid]\n", "    rollen: [beleid, fg]\n");
    policy +=
        "  proef-app:\n    naam: Proef\n    soort: browser\n    rollen: [proef-rol]\n"
            + "    redirectUris: [\"http://localhost:9999/*\"]\n";
    Path file = dir.resolve("policy.yaml");
    Files.writeString(file, policy);

    Uitvoer check = run("--policy", file.toString(), "--check");
    assertThat(check.status).as(check.text).isEqualTo(2);
    assertThat(check.text)
        .contains("would create realm role proef-rol")
        .contains("would create client proef-app (public, browser)")
        .contains("would client proef-app: add roles [proef-rol]")
        .contains("would client monitoring: add roles [fg]");
    assertThat(run("--policy", file.toString(), "--check").status)
        .as("a check changes nothing")
        .isEqualTo(2);

    Uitvoer apply = run("--policy", file.toString());
    assertThat(apply.status).as(apply.text).isZero();
    assertThat(apply.text).contains("applied 4 change(s)");

    Uitvoer again = run("--policy", file.toString(), "--check");
    assertThat(again.status).as(again.text).isZero();

    // And back: the suite's policy takes fg away from monitoring again; proef-rol stays (kept
    // unless --verwijder), proef-app is left alone.
    Uitvoer terug = run();
    assertThat(terug.text)
        .contains("client monitoring: remove roles [fg]")
        .contains("realm roles outside the policy (kept; --verwijder deletes them): [proef-rol]");
    Uitvoer weg = run("--verwijder");
    assertThat(weg.text).contains("delete realm role proef-rol");
    assertThat(run("--check").status).isZero();
  }

  @Test
  void badOptionsAndAWrongLoginAreClearErrors() {
    Uitvoer onbekend = run("--wat");
    assertThat(onbekend.status).isEqualTo(64);
    assertThat(onbekend.text).contains("unknown option --wat").contains("Usage:");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        KeycloakSync.run(
            new String[] {"--url", url, "--realm", REALM},
            Map.of("KEYCLOAK_ADMIN_USER", "admin", "KEYCLOAK_ADMIN_PASSWORD", "fout"),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Keycloak refused the admin login");
  }

  private record Uitvoer(int status, String text) {}

  private static Uitvoer run(String... extra) {
    String[] args = new String[extra.length + 4];
    args[0] = "--url";
    args[1] = url;
    args[2] = "--realm";
    args[3] = REALM;
    System.arraycopy(extra, 0, args, 4, extra.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status = KeycloakSync.run(args, env, print, print);
    return new Uitvoer(status, out.toString(StandardCharsets.UTF_8));
  }

  private static String standaardPolicy() throws IOException {
    try (InputStream in =
        KeycloakSyncTest.class.getClassLoader().getResourceAsStream("views/policy.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int admin(String method, String path, String body) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + KeycloakBeheer.adminUser()
            + "&password="
            + KeycloakBeheer.adminPassword();
    String token =
        JSON.readTree(
                http.send(
                        HttpRequest.newBuilder(
                                URI.create(url + "/realms/master/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(BodyPublishers.ofString(form))
                            .build(),
                        BodyHandlers.ofString())
                    .body())
            .path("access_token")
            .asText();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    return http.send(request.build(), BodyHandlers.ofString()).statusCode();
  }
}
