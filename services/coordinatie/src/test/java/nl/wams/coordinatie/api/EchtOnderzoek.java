package nl.wams.coordinatie.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import nl.wams.commons.test.EchteDienst;

/**
 * The real onderzoek service for the scenario tests ({@link EchteDienst}). coordinatie listens on a
 * fixed free port in these tests, and onderzoek is told that address, so that it asks coordinatie
 * whether a caller coordinates a procedure, as in a real deployment.
 */
public class EchtOnderzoek implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of(
        "wams.onderzoek.url",
        url() + "/onderzoek/v1",
        "quarkus.http.test-port",
        String.valueOf(EchteDienst.vastePoort("coordinatie")));
  }

  @Override
  public void stop() {
    // One onderzoek for the whole test JVM; a shutdown hook stops it.
  }

  /** Scheme, host and port of the running onderzoek; the first call starts it. */
  static String url() {
    return EchteDienst.url(
        "onderzoek",
        Map.of(
            "WAMS_COORDINATIE_URL",
            "http://localhost:" + EchteDienst.vastePoort("coordinatie") + "/coordinatie/v1"));
  }
}
