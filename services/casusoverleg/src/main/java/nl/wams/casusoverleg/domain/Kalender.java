package nl.wams.casusoverleg.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days are calendar days in the Netherlands. */
public final class Kalender {

  public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private Kalender() {}

  public static LocalDate dag(Instant moment) {
    return moment.atZone(NL).toLocalDate();
  }
}
