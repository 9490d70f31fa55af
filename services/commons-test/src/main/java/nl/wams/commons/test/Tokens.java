package nl.wams.commons.test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for the realm's test users, from the test JVM's real Keycloak (started on first use
 * if {@link KeycloakTestResource} has not started it yet). Each token comes from a password grant
 * through the local-only client {@code wams-demo}, with the test user's password (its username),
 * and is reused until shortly before it expires.
 */
public final class Tokens {
  public static final String CLIENT_ID = "wams-demo";
  public static final String SERVICE_CLIENT_ID = "wams-services";

  /** The local default of the realm's wams-services secret (WAMS_SERVICES_CLIENT_SECRET). */
  private static final String SERVICE_CLIENT_SECRET = "wams-services-local-secret";

  /** A cached token is replaced this long before it expires, so a test never sends a stale one. */
  private static final Duration MARGIN = Duration.ofSeconds(30);

  private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private record Token(String value, Instant renewAfter) {}

  private Tokens() {}

  /**
   * A valid access token for the test user {@code username} (e.g. {@code onderzoeker-ams}, {@code
   * inwoner-1}; all are listed in docs/keycloak.md).
   *
   * @throws IllegalArgumentException when Keycloak refuses the user (unknown user: check the name)
   */
  public static synchronized String accessToken(String username) {
    Token cached = CACHE.get(username);
    if (cached != null && Instant.now().isBefore(cached.renewAfter())) {
      return cached.value();
    }
    Token fresh =
        fetch(
            username,
            "grant_type=password&client_id=%s&username=%s&password=%s"
                .formatted(CLIENT_ID, encode(username), encode(username)));
    CACHE.put(username, fresh);
    return fresh.value();
  }

  /**
   * A valid access token for a test user of the test's own making, created in Keycloak on first use
   * with this realm role and attributes (each becomes a claim, e.g. {@code gemeente}). For tests
   * that need, say, a meldpunt-medewerker of a municipality nobody else uses.
   */
  public static String accessToken(
      String username, String realmRole, Map<String, String> attributes) {
    TestUsers.ensure(username, realmRole, attributes);
    return accessToken(username);
  }

  /**
   * A token of the services' own account ({@code wams-services}, client credentials, role {@code
   * wams-service}), as a service sends with the events it delivers to another.
   */
  public static synchronized String serviceAccessToken() {
    Token cached = CACHE.get(SERVICE_CLIENT_ID);
    if (cached != null && Instant.now().isBefore(cached.renewAfter())) {
      return cached.value();
    }
    Token fresh =
        fetch(
            SERVICE_CLIENT_ID,
            "grant_type=client_credentials&client_id=%s&client_secret=%s"
                .formatted(SERVICE_CLIENT_ID, SERVICE_CLIENT_SECRET));
    CACHE.put(SERVICE_CLIENT_ID, fresh);
    return fresh.value();
  }

  /**
   * The claims of a token, decoded from its payload without checking the signature: for asserting
   * what a token carries, never for trusting it.
   */
  public static Map<String, Object> claims(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a JWT (expected header.payload.signature)");
    }
    try {
      return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), new TypeReference<>() {});
    } catch (IOException e) {
      throw new IllegalArgumentException("the JWT payload is not JSON", e);
    }
  }

  /** {@code http://localhost:<port>/realms/wams} of the test JVM's Keycloak: the tokens' issuer. */
  public static String issuer() {
    return TestKeycloak.realmUrl().toString();
  }

  private static Token fetch(String username, String form) {
    HttpRequest request =
        HttpRequest.newBuilder(TestKeycloak.tokenEndpoint())
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(form))
            .build();
    Instant asked = Instant.now();
    HttpResponse<String> response;
    try {
      response = HTTP.send(request, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak did not answer the token request", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(
          "Keycloak answered the token request with %d and no JSON"
              .formatted(response.statusCode()));
    }
    if (response.statusCode() != 200) {
      throw new IllegalArgumentException(
          ("Keycloak refused a token for test user '%s': %d %s (%s). The test users are in %s,"
                  + " listed in docs/keycloak.md; the password is the username.")
              .formatted(
                  username,
                  response.statusCode(),
                  body.path("error").asText(),
                  body.path("error_description").asText(),
                  TestKeycloak.REALM_FILE));
    }
    Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(60));
    return new Token(body.path("access_token").asText(), asked.plus(lifetime).minus(MARGIN));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Lets a client of the test realm redirect to this URI after login (e.g. {@code resident-portal}
   * to a web app on a test port); needs the test's own Keycloak.
   */
  public static void allowRedirect(String clientId, String redirectUri) {
    TestUsers.ensureRedirectUri(clientId, redirectUri);
  }
}
