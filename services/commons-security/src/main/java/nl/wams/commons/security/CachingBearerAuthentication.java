package nl.wams.commons.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer-token authentication that validates each distinct access token once.
 *
 * <p>The first request with a token goes through Quarkus OIDC's full validation (signature against
 * the cached JWKS, issuer, audience, expiry) and role mapping; the resulting identity is then
 * reused for later requests that carry exactly the same token, until the token's {@code exp}. A
 * client typically sends one token for minutes, so this removes the RSA verification and claim
 * parsing from almost every request. Invalid tokens are never cached and always fail in OIDC.
 *
 * <p>Setting {@code wams.security.token-cache.size=0} turns the cache off.
 */
@ApplicationScoped
public class CachingBearerAuthentication implements HttpAuthenticationMechanism {

  private static final String BEARER = "bearer ";

  private final OidcAuthenticationMechanism oidc;
  private final VerifiedTokens<SecurityIdentity> verified;
  private final Clock clock;

  CachingBearerAuthentication(
      OidcAuthenticationMechanism oidc,
      @ConfigProperty(name = "wams.security.token-cache.size", defaultValue = "10000") int size) {
    this.oidc = oidc;
    this.verified = new VerifiedTokens<>(size);
    this.clock = Clock.systemUTC();
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    Optional<String> token = bearerToken(context);
    if (token.isPresent()) {
      Optional<SecurityIdentity> known = verified.find(token.get(), clock.instant());
      if (known.isPresent()) {
        return Uni.createFrom().item(known.get());
      }
    }
    return oidc.authenticate(context, identityProviderManager)
        .invoke(identity -> token.ifPresent(t -> remember(t, identity)));
  }

  private void remember(String token, SecurityIdentity identity) {
    if (identity != null
        && !identity.isAnonymous()
        && identity.getPrincipal() instanceof JsonWebToken jwt
        && token.equals(jwt.getRawToken())
        && jwt.getExpirationTime() > 0) {
      verified.remember(
          token, identity, Instant.ofEpochSecond(jwt.getExpirationTime()), clock.instant());
    }
  }

  private static Optional<String> bearerToken(RoutingContext context) {
    String header = context.request().getHeader("Authorization");
    if (header == null
        || header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(header.substring(BEARER.length()).trim());
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return oidc.getChallenge(context);
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return oidc.getCredentialTypes();
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return oidc.getCredentialTransport(context);
  }

  /** Before Quarkus OIDC's own mechanism, which it wraps. */
  @Override
  public int getPriority() {
    return oidc.getPriority() + 1;
  }
}
