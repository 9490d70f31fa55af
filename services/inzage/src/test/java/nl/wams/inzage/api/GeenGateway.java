package nl.wams.inzage.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** No gateway for the tests of what inzage owns: a port nothing listens on (the dossier is 503). */
public class GeenGateway implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of(
        "wams.inzage.gateway.url", "http://127.0.0.1:9", "wams.inzage.gateway.timeout", "2S");
  }

  @Override
  public void stop() {
    // nothing started
  }
}
