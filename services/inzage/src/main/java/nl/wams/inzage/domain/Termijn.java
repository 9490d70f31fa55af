package nl.wams.inzage.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The statutory deadline of an AVG request (art. 12 lid 3): one month after receipt, counted in
 * Dutch time; a request received on 31 January is due on 28 (or 29) February. Extension by two
 * months is not modelled yet.
 */
public final class Termijn {

  public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private Termijn() {}

  public static LocalDate uiterlijk(Instant ontvangen) {
    return LocalDate.ofInstant(ontvangen, NL).plusMonths(1);
  }

  /** Still open after its last day. */
  public static boolean teLaat(Status status, LocalDate uiterlijk, Instant nu) {
    return !status.afgerond() && LocalDate.ofInstant(nu, NL).isAfter(uiterlijk);
  }
}
