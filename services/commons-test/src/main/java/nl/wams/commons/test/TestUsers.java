package nl.wams.commons.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test users beyond the realm file's, created in the test Keycloak through its admin REST API: for
 * tests that need, say, a meldpunt-medewerker of a municipality of their own so that their data
 * never mix with another test's. The password is the username, as for the realm's own test users.
 */
final class TestUsers {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Users this JVM made sure of; a string literal lock works across Quarkus class loaders. */
  private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

  private static final String LOCK = "nl.wams.commons.test.TestUsers";

  private TestUsers() {}

  /**
   * Makes sure the user exists with this realm role and these attributes (each becomes the claim of
   * the same name, e.g. {@code gemeente}); an existing user is left as it is.
   */
  static void ensure(String username, String realmRole, Map<String, String> attributes) {
    synchronized (LOCK) {
      String key = username + " " + realmRole + " " + new TreeMap<>(attributes);
      if (KNOWN.contains(key)) {
        return;
      }
      String admin = adminToken();
      URI users = URI.create(adminBase() + "/users");
      Map<String, Object> user =
          Map.of(
              "username",
              username,
              "enabled",
              true,
              "emailVerified",
              true,
              "firstName",
              "Test",
              "lastName",
              username,
              "email",
              username + "@wams.invalid",
              "attributes",
              attributes.entrySet().stream()
                  .collect(
                      java.util.stream.Collectors.toMap(
                          Map.Entry::getKey, e -> List.of(e.getValue()))),
              "credentials",
              List.of(Map.of("type", "password", "value", username, "temporary", false)));
      HttpResponse<String> created = send(admin, "POST", users, json(user));
      if (created.statusCode() != 201 && created.statusCode() != 409) {
        throw new IllegalStateException(
            "Keycloak did not create test user " + username + ": " + created.statusCode());
      }
      String id =
          read(send(
                  admin,
                  "GET",
                  URI.create(users + "?exact=true&username=" + encode(username)),
                  null))
              .get(0)
              .path("id")
              .asText();
      JsonNode role =
          read(send(admin, "GET", URI.create(adminBase() + "/roles/" + encode(realmRole)), null));
      HttpResponse<String> mapped =
          send(
              admin,
              "POST",
              URI.create(users + "/" + id + "/role-mappings/realm"),
              json(List.of(role)));
      if (mapped.statusCode() != 204) {
        throw new IllegalStateException(
            "Keycloak did not give " + username + " the role " + realmRole);
      }
      KNOWN.add(key);
    }
  }

  /**
   * Makes sure a client of the test realm accepts this redirect URI (e.g. a web app on a test port,
   * for a browser test of the OIDC code flow).
   */
  static void ensureRedirectUri(String clientId, String redirectUri) {
    synchronized (LOCK) {
      String key = "redirect " + clientId + " " + redirectUri;
      if (KNOWN.contains(key)) {
        return;
      }
      String admin = adminToken();
      JsonNode client =
          read(send(
                  admin,
                  "GET",
                  URI.create(adminBase() + "/clients?clientId=" + encode(clientId)),
                  null))
              .get(0);
      com.fasterxml.jackson.databind.node.ObjectNode update =
          (com.fasterxml.jackson.databind.node.ObjectNode) client;
      update.withArray("redirectUris").add(redirectUri);
      HttpResponse<String> put =
          send(
              admin,
              "PUT",
              URI.create(adminBase() + "/clients/" + client.path("id").asText()),
              json(update));
      if (put.statusCode() != 204) {
        throw new IllegalStateException(
            "Keycloak did not add the redirect URI to " + clientId + ": " + put.statusCode());
      }
      KNOWN.add(key);
    }
  }

  private static String adminBase() {
    String realm = TestKeycloak.realmUrl().toString();
    String server = realm.substring(0, realm.indexOf("/realms/"));
    return server + "/admin/realms/" + TestKeycloak.REALM;
  }

  private static String adminToken() {
    String realm = TestKeycloak.realmUrl().toString();
    URI token =
        URI.create(
            realm.substring(0, realm.indexOf("/realms/"))
                + "/realms/master/protocol/openid-connect/token");
    HttpRequest request =
        HttpRequest.newBuilder(token)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                BodyPublishers.ofString(
                    "grant_type=password&client_id=admin-cli&username=%s&password=%s"
                        .formatted(
                            encode(TestKeycloak.ADMIN_USER), encode(TestKeycloak.ADMIN_PASSWORD))))
            .build();
    JsonNode body = read(exchange(request));
    if (!body.hasNonNull("access_token")) {
      throw new IllegalStateException(
          "The test Keycloak's admin could not log in; extra test users need the test's own"
              + " Keycloak or ./wams start's (admin/admin).");
    }
    return body.get("access_token").asText();
  }

  private static HttpResponse<String> send(String admin, String method, URI uri, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + admin)
            .header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return exchange(
        request
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build());
  }

  private static HttpResponse<String> exchange(HttpRequest request) {
    try {
      return HTTP.send(request, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak's admin API did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling Keycloak's admin API", e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(
          "Keycloak's admin API answered " + response.statusCode() + " without JSON");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
