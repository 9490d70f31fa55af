package nl.wams.casusoverleg.service;

import java.net.URI;
import java.util.Collection;
import java.util.List;

/**
 * The people a procedure at onderzoek is about, named as the data subjects of the current response
 * (header Wams-Betrokkenen, from which the gateway writes the Logboek Dataverwerkingen).
 * casusoverleg keeps no BSN: onderzoek, the single source of it, says who they are. Fails closed:
 * when onderzoek cannot say, 503 with Retry-After, and the response must not be given.
 */
public interface ProcedureBetrokkenen {

  /** Names the people of these (canonical) procedure URLs in the current response. */
  void noem(Collection<URI> procedures);

  default void noem(URI procedure) {
    noem(List.of(procedure));
  }
}
