package nl.wams.crossprincipal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The bodies that take a planned, identified overleg to held: the client invited, then held. */
final class Afronding {

  private Afronding() {}

  /** The client was invited yesterday, by letter (needed before an identified overleg is held). */
  static Map<String, Object> clientUitgenodigd() {
    return Map.of(
        "genodigde", "CLIENT",
        "naam", "J. de Vries",
        "uitgenodigdOp", LocalDate.now().minusDays(1).toString(),
        "wijze", "BRIEF");
  }

  /** Held five minutes ago with this participant present. */
  static Map<String, Object> gehoudenMet(String deelnemer) {
    return Map.of(
        "gehoudenOp",
        OffsetDateTime.now(ZoneOffset.UTC)
            .minusMinutes(5)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString(),
        "aanwezigeDeelnemers",
        List.of(deelnemer));
  }
}
