package nl.wams.casusoverleg.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import nl.wams.commons.test.EchteDienst;

/** The real onderzoek service for the scenario tests ({@link EchteDienst}). */
public class EchtOnderzoek implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of("wams.onderzoek.url", url() + "/onderzoek/v1");
  }

  @Override
  public void stop() {
    // One onderzoek for the whole test JVM; a shutdown hook stops it.
  }

  /** Scheme, host and port of the running onderzoek; the first call starts it. */
  static String url() {
    return EchteDienst.url("onderzoek", Map.of());
  }
}
