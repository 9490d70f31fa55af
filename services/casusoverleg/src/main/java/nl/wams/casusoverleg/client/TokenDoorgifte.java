package nl.wams.casusoverleg.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Passes the caller's bearer token on to onderzoek (ARCHITECTURE §4, token propagation), so that
 * onderzoek applies its own access rules to the person asking: casusoverleg never sees a procedure
 * the caller could not see there. Nothing else of the incoming request is passed on.
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
