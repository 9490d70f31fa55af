package nl.wams.verslag.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Passes the caller's bearer token on to the source (ARCHITECTURE §4, token propagation), so that
 * it applies its own access rules to the person asking. Nothing else of the request is passed on.
 */
public class TokenDoorgifte implements ClientHeadersFactory {

  @Override
  public MultivaluedMap<String, String> update(
      MultivaluedMap<String, String> incomingHeaders,
      MultivaluedMap<String, String> clientOutgoingHeaders) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    String authorization = incomingHeaders.getFirst(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      headers.putSingle(HttpHeaders.AUTHORIZATION, authorization);
    }
    return headers;
  }
}
