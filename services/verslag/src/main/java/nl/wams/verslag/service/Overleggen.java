package nl.wams.verslag.service;

import java.net.URI;
import java.util.Optional;
import nl.wams.verslag.domain.Momentopname;

/**
 * The overleggen at casusoverleg, fetched on behalf of the current caller. Failures are problems: a
 * URL that is no overleg of casusoverleg 400, an overleg the caller may not see 403, casusoverleg
 * unreachable 503, too slow 504.
 */
public interface Overleggen {

  /**
   * What an overleg is at this moment: held or not, its participants and agreements, and the
   * procedure at onderzoek it is about (empty for an anonymous overleg; kept beside the snapshot,
   * not in it).
   */
  record Stand(boolean gehouden, Momentopname inhoud, Optional<URI> procedure) {}

  /** The canonical form of an overleg URL; 400 when it is not an overleg at casusoverleg. */
  URI canoniek(URI overleg);

  Stand haal(URI overleg);
}
