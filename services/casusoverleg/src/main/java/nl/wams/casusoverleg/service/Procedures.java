package nl.wams.casusoverleg.service;

import java.net.URI;
import nl.wams.casusoverleg.domain.ProcedureFeiten;

/**
 * The Wams procedures at onderzoek, the source casusoverleg refers to by URL. Failures are answered
 * as problems: a URL that is no procedure of onderzoek 400, a procedure the caller may not see 403,
 * onderzoek unreachable 503, too slow 504.
 */
public interface Procedures {

  /** The canonical form of a procedure URL; 400 when it is not a procedure at onderzoek. */
  URI canoniek(URI procedure);

  /**
   * Fetches the procedure on behalf of the current caller and returns what casusoverleg needs of
   * it.
   */
  ProcedureFeiten haal(URI procedure);
}
