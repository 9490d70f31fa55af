package nl.wams.commons.logboek;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Sets {@value Betrokkenen#HEADER} on a successful (2xx) response: the BSNs named by the resource
 * plus every {@code bsn} field of the body (for a list every element's). Never on an error, so a
 * 403 or 404 names nobody.
 */
@Provider
public class BetrokkenenHeader implements ContainerResponseFilter {

  private final Betrokkenen betrokkenen;
  private final ObjectMapper json;

  BetrokkenenHeader(Betrokkenen betrokkenen, ObjectMapper json) {
    this.betrokkenen = betrokkenen;
    this.json = json;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().remove(Betrokkenen.HEADER);
    if (response.getStatus() / 100 != 2) {
      return;
    }
    Set<String> bsns = new LinkedHashSet<>(betrokkenen.genoemd());
    Object entity = response.getEntity();
    if (entity instanceof String text) {
      bsns.addAll(Betrokkenen.inJson(text));
    } else if (entity != null) {
      try {
        bsns.addAll(Betrokkenen.inJson(json.writeValueAsString(entity)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("The response body cannot be written as JSON", e);
      }
    }
    if (!bsns.isEmpty()) {
      response.getHeaders().putSingle(Betrokkenen.HEADER, String.join(",", bsns));
    }
  }
}
