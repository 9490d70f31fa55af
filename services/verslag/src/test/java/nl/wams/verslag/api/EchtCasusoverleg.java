package nl.wams.verslag.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import nl.wams.commons.test.EchteDienst;

/** The real casusoverleg service for the tests ({@link EchteDienst}). */
public class EchtCasusoverleg implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of("wams.casusoverleg.url", url() + "/casusoverleg/v1");
  }

  @Override
  public void stop() {
    // One casusoverleg for the whole test JVM; a shutdown hook stops it.
  }

  /** Scheme, host and port of the running casusoverleg; the first call starts it. */
  static String url() {
    return EchteDienst.url("casusoverleg", Map.of());
  }
}
