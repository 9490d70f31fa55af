package nl.wams.commons.events;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.Instant;

/**
 * The service's own bearer token (client credentials of {@code wams-services}, quarkus.oidc-client)
 * for calls it makes on its own behalf: delivering events, asking onderzoek whom a procedure is
 * about. Nothing of an incoming request is passed on. One token is reused until shortly before it
 * expires, so Keycloak is asked once per token lifetime, not once per call.
 */
@ApplicationScoped
public class DienstToken {

  /** A token that expires within this margin is replaced first. */
  private static final Duration MARGE = Duration.ofSeconds(30);

  private static final Duration WACHT = Duration.ofSeconds(10);

  private final Instance<OidcClient> oidc;
  private Tokens tokens;

  DienstToken(Instance<OidcClient> oidc) {
    this.oidc = oidc;
  }

  /** Whether the service has a client to get tokens with (quarkus-oidc-client configured). */
  public boolean beschikbaar() {
    return oidc.isResolvable();
  }

  /** {@code Bearer <access token>}; fails when Keycloak does not answer within 10 s. */
  public synchronized String bearer() {
    if (tokens == null || verloopt(tokens)) {
      tokens = oidc.get().getTokens().await().atMost(WACHT);
    }
    return "Bearer " + tokens.getAccessToken();
  }

  private static boolean verloopt(Tokens tokens) {
    Long tot = tokens.getAccessTokenExpiresAt();
    return tot == null || Instant.now().plus(MARGE).isAfter(Instant.ofEpochSecond(tot));
  }
}
