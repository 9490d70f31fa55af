package nl.wams.coordinatie.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * The services' own bearer token (client credentials of {@code wams-services}, quarkus.oidc-client)
 * for calls coordinatie makes on its own behalf; nothing of the incoming request is passed on. One
 * token is reused until shortly before it expires.
 */
class DienstToken implements ClientHeadersFactory {

  private static final Duration MARGE = Duration.ofSeconds(30);
  private static final Duration WACHT = Duration.ofSeconds(10);

  private final Instance<OidcClient> oidc;
  private Tokens tokens;

  DienstToken(Instance<OidcClient> oidc) {
    this.oidc = oidc;
  }

  @Override
  public MultivaluedMap<String, String> update(
      MultivaluedMap<String, String> incomingHeaders,
      MultivaluedMap<String, String> clientOutgoingHeaders) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + geldig().getAccessToken());
    return headers;
  }

  private synchronized Tokens geldig() {
    if (tokens == null || verloopt(tokens)) {
      tokens = oidc.get().getTokens().await().atMost(WACHT);
    }
    return tokens;
  }

  private static boolean verloopt(Tokens tokens) {
    Long tot = tokens.getAccessTokenExpiresAt();
    return tot == null || Instant.now().plus(MARGE).isAfter(Instant.ofEpochSecond(tot));
  }
}
