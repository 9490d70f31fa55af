package nl.wams.coordinatie.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The lead time of a Wams procedure (a monitoring indicator, 000 ch. 5): calendar days from the day
 * the procedure started (in the Netherlands) to the day the approach ended.
 */
public final class Doorlooptijd {

  private Doorlooptijd() {}

  public static int inDagen(Instant procedureGestartOp, LocalDate einde) {
    return Math.toIntExact(ChronoUnit.DAYS.between(Kalender.dag(procedureGestartOp), einde));
  }
}
