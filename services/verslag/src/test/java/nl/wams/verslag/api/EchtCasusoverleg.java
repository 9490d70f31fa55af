package nl.wams.verslag.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import nl.wams.commons.test.EchteDienst;

/**
 * The real casusoverleg service for the tests ({@link EchteDienst}), and the real onderzoek it asks
 * about procedures (and verslag asks for the accountability report).
 */
public class EchtCasusoverleg implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of(
        "wams.casusoverleg.url",
        url() + "/casusoverleg/v1",
        "wams.onderzoek.url",
        onderzoekUrl() + "/onderzoek/v1");
  }

  @Override
  public void stop() {
    // One casusoverleg for the whole test JVM; a shutdown hook stops it.
  }

  /** Scheme, host and port of the running casusoverleg; the first call starts it. */
  static String url() {
    return EchteDienst.url(
        "casusoverleg", Map.of("WAMS_ONDERZOEK_URL", onderzoekUrl() + "/onderzoek/v1"));
  }

  /** Scheme, host and port of the running onderzoek; the first call starts it. */
  static String onderzoekUrl() {
    return EchteDienst.url("onderzoek", Map.of());
  }
}
