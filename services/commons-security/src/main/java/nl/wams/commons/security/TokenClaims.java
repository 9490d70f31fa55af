package nl.wams.commons.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A claim of the caller's access token as text. Straight from the parsed claims: {@link
 * JsonWebToken#getClaim(String)} first tries the name as a standard claim and builds (and catches)
 * an exception for every custom one such as {@code gemeente}, which costs more than the rest of a
 * cached token check.
 */
public final class TokenClaims {

  private TokenClaims() {}

  /** The claim's value, without JSON quotes; empty when the principal is no token or lacks it. */
  public static Optional<String> tekst(Principal principal, String naam) {
    Object waarde =
        switch (principal) {
          case OidcJwtCallerPrincipal oidc -> oidc.getClaims().getClaimValue(naam);
          case JsonWebToken jwt -> jwt.getClaim(naam);
          case null, default -> null;
        };
    return waarde == null ? Optional.empty() : Optional.of(waarde.toString().replace("\"", ""));
  }
}
