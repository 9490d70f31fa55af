package nl.wams.commons.test;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A minimal bearer-only endpoint, as a Wams service has them: only for onderzoekers. */
@Path("/whoami")
public class WhoAmIResource {

  @Inject SecurityIdentity identity;
  @Inject JsonWebToken token;

  @GET
  @RolesAllowed("onderzoeker")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> whoAmI() {
    return Map.of(
        "name", identity.getPrincipal().getName(),
        "roles", new TreeSet<>(identity.getRoles()),
        "gemeente", token.<String>getClaim("gemeente"));
  }
}
