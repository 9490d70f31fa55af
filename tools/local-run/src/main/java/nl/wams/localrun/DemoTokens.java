package nl.wams.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Access tokens for the realm's test users, as the demo load sends them: a password grant through
 * the local-only client {@code wams-demo} (the password is the username), reused until shortly
 * before it expires.
 */
final class DemoTokens {
  static final String CLIENT_ID = "wams-demo";

  private static final Duration MARGIN = Duration.ofSeconds(30);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final URI tokenEndpoint;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Token> cache = new HashMap<>();

  private record Token(String value, Instant renewAfter) {}

  DemoTokens(HttpClient http, URI tokenEndpoint) {
    this.http = http;
    this.tokenEndpoint = tokenEndpoint;
  }

  /** An access token for {@code username}. */
  synchronized String accessToken(String username) throws IOException, InterruptedException {
    Token cached = cache.get(username);
    if (cached != null && Instant.now().isBefore(cached.renewAfter())) {
      return cached.value();
    }
    String form =
        "grant_type=password&client_id=%s&username=%s&password=%s"
            .formatted(CLIENT_ID, encode(username), encode(username));
    Instant asked = Instant.now();
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(tokenEndpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form))
                .build(),
            BodyHandlers.ofByteArray());
    JsonNode body;
    try {
      body = json.readTree(response.body());
    } catch (IOException notJson) {
      body = json.createObjectNode();
    }
    if (response.statusCode() != 200) {
      throw new LaunchException(
          "Keycloak refused a token for the demo user %s: %d %s %s (realm file %s)"
              .formatted(
                  username,
                  response.statusCode(),
                  body.path("error").asText(),
                  body.path("error_description").asText(),
                  Keycloak.REALM_FILE));
    }
    Token token =
        new Token(
            body.path("access_token").asText(),
            asked.plusSeconds(body.path("expires_in").asLong(60)).minus(MARGIN));
    cache.put(username, token);
    return token.value();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
