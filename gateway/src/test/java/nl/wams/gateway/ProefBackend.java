package nl.wams.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.wams.gateway.view.Contract;

/**
 * The test component {@code proef} (src/test/resources/proef: a contract with health and criminal
 * data, and a policy of its own) behind the gateway, with short time-outs, a quick circuit breaker
 * and a small rate limit: a test profile of its own, so the faults touch no other test.
 */
public class ProefBackend implements QuarkusTestProfile {

  private static final String URL = "wams.test.proef-backend.url";

  static String url() {
    synchronized (URL) {
      String url = System.getProperty(URL);
      if (url == null) {
        SpecBackend backend = new SpecBackend(List.of(Contract.load("proef")));
        Runtime.getRuntime().addShutdownHook(new Thread(backend::close));
        url = backend.url();
        System.setProperty(URL, url);
      }
      return url;
    }
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "wams.gateway.backends.proef.url", url(),
        "wams.gateway.backends.proef.timeout", "700MS",
        "wams.gateway.policy",
            Path.of("src/test/resources/proef/policy.yaml").toAbsolutePath().toString(),
        "wams.gateway.circuit-breaker.failures", "3",
        "wams.gateway.circuit-breaker.open", "2S",
        "wams.gateway.rate-limit.per-second", "0.5",
        "wams.gateway.rate-limit.burst", "60");
  }

  static List<JsonNode> received() {
    return SpecBackendResource.received(url());
  }

  static void clear() {
    SpecBackendResource.call(url(), "POST", "clear");
  }

  static void delay(long millis) {
    SpecBackendResource.call(url(), "POST", "delay/" + millis);
  }

  static void failWith(int status) {
    SpecBackendResource.call(url(), "POST", "fail/" + status);
  }
}
