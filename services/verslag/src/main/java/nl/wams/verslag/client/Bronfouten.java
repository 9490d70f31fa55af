package nl.wams.verslag.client;

import jakarta.ws.rs.ProcessingException;
import java.util.concurrent.TimeoutException;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import org.jboss.logging.Logger;

/** A source that fails is answered fail-closed: 403 stays 403, otherwise 503 or 504. */
final class Bronfouten {

  private static final Logger LOG = Logger.getLogger(Bronfouten.class);

  private Bronfouten() {}

  static ProblemException onbereikbaar(String bron, ProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
        LOG.warnf("%s did not answer in time", bron);
        return new ProblemException(
            ProblemType.GATEWAY_TIMEOUT,
            bron + " antwoordde niet op tijd. Probeer het later opnieuw.");
      }
    }
    LOG.warnf("%s unreachable: %s", bron, e.getClass().getName());
    return new ProblemException(
        ProblemType.SERVICE_UNAVAILABLE, bron + " is niet bereikbaar. Probeer het later opnieuw.");
  }

  static ProblemException onverwacht(String bron, int status) {
    LOG.warnf("%s answered with status %d", bron, status);
    return new ProblemException(
        ProblemType.SERVICE_UNAVAILABLE,
        bron + " gaf een onverwacht antwoord. Probeer het later opnieuw.");
  }
}
