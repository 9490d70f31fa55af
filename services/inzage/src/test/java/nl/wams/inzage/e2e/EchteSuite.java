package nl.wams.inzage.e2e;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import nl.wams.commons.test.EchteDienst;
import nl.wams.commons.test.Tokens;

/**
 * The real suite around the inzage under test: onderzoek, coordinatie, casusoverleg and the gateway
 * (with its Logboek) as packaged applications ({@link EchteDienst}), each on a port fixed before
 * any starts, because they call each other. The gateway routes /inzage to this test's inzage; the
 * realm's resident-portal client may redirect to it after login.
 */
public class EchteSuite implements QuarkusTestResourceLifecycleManager {

  static final String LOGBOEK_SLEUTEL = "test-only-wams-logboek-key";

  @Override
  public Map<String, String> start() {
    return Map.of(
        "wams.inzage.gateway.url",
        gateway(),
        "quarkus.http.test-port",
        String.valueOf(EchteDienst.vastePoort("inzage")));
  }

  @Override
  public void stop() {
    // One suite per test JVM; shutdown hooks stop the processes.
  }

  static String adres(String dienst) {
    return "http://localhost:" + EchteDienst.vastePoort(dienst);
  }

  /** Starts everything once; the gateway's address. */
  static String gateway() {
    String onderzoek = adres("onderzoek") + "/onderzoek/v1";
    String coordinatie = adres("coordinatie") + "/coordinatie/v1";
    EchteDienst.url(
        "onderzoek",
        Map.of("QUARKUS_HTTP_PORT", port("onderzoek"), "WAMS_COORDINATIE_URL", coordinatie));
    EchteDienst.url(
        "coordinatie",
        Map.of("QUARKUS_HTTP_PORT", port("coordinatie"), "WAMS_ONDERZOEK_URL", onderzoek));
    EchteDienst.url(
        "casusoverleg",
        Map.of("QUARKUS_HTTP_PORT", port("casusoverleg"), "WAMS_ONDERZOEK_URL", onderzoek));
    String gateway =
        EchteDienst.url(
            "gateway",
            Map.of(
                "QUARKUS_HTTP_PORT", port("gateway"),
                "WAMS_GATEWAY_ONDERZOEK_URL", adres("onderzoek"),
                "WAMS_GATEWAY_COORDINATIE_URL", adres("coordinatie"),
                "WAMS_GATEWAY_CASUSOVERLEG_URL", adres("casusoverleg"),
                "WAMS_GATEWAY_MELDPUNT_URL", "http://127.0.0.1:9",
                "WAMS_GATEWAY_INZAGE_URL", adres("inzage"),
                "WAMS_LOGBOEK_HMAC_KEY", LOGBOEK_SLEUTEL,
                "WAMS_GATEWAY_RATE_LIMIT_PER_SECOND", "100000",
                "WAMS_GATEWAY_RATE_LIMIT_BURST", "100000"));
    Tokens.allowRedirect("resident-portal", adres("inzage") + "/*");
    return gateway;
  }

  private static String port(String dienst) {
    return String.valueOf(EchteDienst.vastePoort(dienst));
  }
}
