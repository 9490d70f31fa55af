package nl.wams.commons.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, from the validated access token: the username ({@code preferred_username}), realm
 * roles and the claims the Wams uses for object-level access. {@code toString()} leaves out the
 * BSN.
 */
public record Caller(
    String username,
    Set<String> roles,
    Optional<String> gemeente,
    Optional<String> organisatie,
    Optional<String> bsn) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** True when the caller works for this municipality (the token's {@code gemeente} claim). */
  public boolean worksFor(String gemeentecode) {
    return gemeente.filter(gemeentecode::equals).isPresent();
  }

  @Override
  public String toString() {
    return "Caller[" + username + ", roles=" + roles + ", gemeente=" + gemeente.orElse("-") + "]";
  }
}
