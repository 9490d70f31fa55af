package nl.wams.verslag.service;

import java.net.URI;
import java.util.Collection;

/**
 * The people a procedure at onderzoek is about, named as the data subjects of the current response
 * (header Wams-Betrokkenen, from which the gateway writes the Logboek Dataverwerkingen). verslag
 * keeps no BSN: onderzoek, the single source of it, says who they are. Fails closed: when onderzoek
 * cannot say, 503 with Retry-After, and the response must not be given. No procedures (anonymous
 * overleggen only): nobody is named and onderzoek is not asked.
 */
public interface ProcedureBetrokkenen {

  /** Names the people of these (canonical) procedure URLs in the current response. */
  void noem(Collection<URI> procedures);
}
