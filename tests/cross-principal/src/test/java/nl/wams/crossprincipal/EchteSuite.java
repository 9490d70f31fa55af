package nl.wams.crossprincipal;

import java.util.Map;
import nl.wams.commons.test.EchteDienst;

/**
 * The real meldpunt, onderzoek, coordinatie, casusoverleg and verslag behind the real gateway,
 * started once per test JVM (whichever test class asks first) against the test's PostgreSQL and
 * Keycloak.
 */
final class EchteSuite {

  private EchteSuite() {}

  /** Scheme, host and port of the gateway; the first call starts the suite. */
  static String gateway() {
    int m = EchteDienst.vastePoort("meldpunt");
    int o = EchteDienst.vastePoort("onderzoek");
    int c = EchteDienst.vastePoort("coordinatie");
    int k = EchteDienst.vastePoort("casusoverleg");
    int v = EchteDienst.vastePoort("verslag");
    String onderzoek = "http://localhost:" + o + "/onderzoek/v1";
    EchteDienst.url("meldpunt", Map.of());
    EchteDienst.url(
        "onderzoek", Map.of("WAMS_COORDINATIE_URL", "http://localhost:" + c + "/coordinatie/v1"));
    EchteDienst.url("coordinatie", Map.of("WAMS_ONDERZOEK_URL", onderzoek));
    EchteDienst.url("casusoverleg", Map.of("WAMS_ONDERZOEK_URL", onderzoek));
    EchteDienst.url(
        "verslag",
        Map.of(
            "WAMS_ONDERZOEK_URL",
            onderzoek,
            "WAMS_CASUSOVERLEG_URL",
            "http://localhost:" + k + "/casusoverleg/v1"));
    return EchteDienst.url(
        "gateway",
        "gateway",
        Map.of(
            "WAMS_GATEWAY_MELDPUNT_URL", "http://localhost:" + m,
            "WAMS_GATEWAY_ONDERZOEK_URL", "http://localhost:" + o,
            "WAMS_GATEWAY_COORDINATIE_URL", "http://localhost:" + c,
            "WAMS_GATEWAY_CASUSOVERLEG_URL", "http://localhost:" + k,
            "WAMS_GATEWAY_VERSLAG_URL", "http://localhost:" + v,
            "WAMS_GATEWAY_RATE_LIMIT_ENABLED", "false",
            "WAMS_LOGBOEK_HMAC_KEY", "test-only-wams-logboek-key"));
  }
}
