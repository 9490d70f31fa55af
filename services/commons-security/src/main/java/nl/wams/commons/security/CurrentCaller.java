package nl.wams.commons.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The {@link Caller} of the request being handled, read from its validated access token. */
@ApplicationScoped
public class CurrentCaller {

  private final SecurityIdentity identity;

  CurrentCaller(SecurityIdentity identity) {
    this.identity = identity;
  }

  public Caller get() {
    if (identity.isAnonymous()) {
      throw new UnauthorizedException();
    }
    JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
    return new Caller(
        identity.getPrincipal().getName(),
        identity.getRoles(),
        claim(token, "gemeente"),
        claim(token, "organisatie"),
        claim(token, "bsn"));
  }

  /**
   * The caller's own access token, for calling another Wams service on their behalf (token
   * propagation): that service then applies its own access rules to the same person.
   */
  public String bearerToken() {
    if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
      return jwt.getRawToken();
    }
    throw new UnauthorizedException();
  }

  private static Optional<String> claim(JsonWebToken token, String name) {
    return TokenClaims.tekst(token, name);
  }
}
