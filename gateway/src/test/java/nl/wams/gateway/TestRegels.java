package nl.wams.gateway;

import java.time.Instant;
import java.util.List;
import nl.wams.gateway.logboek.AuditRegel;
import nl.wams.gateway.logboek.Verwerking;

/** The records of one made-up request (a meldpunt read), for tests that hand them to the writer. */
final class TestRegels {

  private TestRegels() {}

  static Verwerking verwerking(String trace, Instant start, String betrokkene, String versie) {
    return new Verwerking(
        trace,
        "00f067aa0ba902b7",
        null,
        "getAanmelding",
        start,
        start,
        Verwerking.OK,
        "aanmelding-behandelen",
        betrokkene,
        Verwerking.BSN,
        "wams-demo",
        "meldpunt-medewerker",
        "0363",
        List.of("proces"),
        versie);
  }

  static AuditRegel audit(String trace, Instant start) {
    return new AuditRegel(
        trace,
        start,
        "test",
        List.of("meldpunt-medewerker"),
        "wams-demo",
        "getAanmelding",
        "aanmelding-behandelen",
        List.of("status"),
        List.of("proces"),
        200);
  }
}
