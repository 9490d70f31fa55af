package nl.wams.coordinatie.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.UUID;

/**
 * One line of the workflow view: something in an active aanpak that needs attention, with the date
 * it concerns (deadline, planned evaluation or end date). {@code actie} or {@code evaluatiemoment}
 * is set when the signal is about one.
 */
public record Signaal(
    SignaalSoort soort,
    Aanpak aanpak,
    LocalDate datum,
    int dagenTeLaat,
    Actie actie,
    Evaluatiemoment evaluatiemoment) {

  /** Oldest date first, then by aanpak, kind and part: the same order on every request. */
  public static final Comparator<Signaal> VOLGORDE =
      Comparator.comparing(Signaal::datum)
          .thenComparing(s -> s.aanpak().id())
          .thenComparing(Signaal::soort)
          .thenComparing(Signaal::onderdeel, Comparator.nullsFirst(Comparator.naturalOrder()));

  static Signaal over(SignaalSoort soort, Aanpak aanpak, LocalDate datum, LocalDate vandaag) {
    return new Signaal(soort, aanpak, datum, dagenTeLaat(datum, vandaag), null, null);
  }

  Signaal met(Actie actie) {
    return new Signaal(soort, aanpak, datum, dagenTeLaat, actie, null);
  }

  Signaal met(Evaluatiemoment evaluatiemoment) {
    return new Signaal(soort, aanpak, datum, dagenTeLaat, null, evaluatiemoment);
  }

  /** The action or evaluation the signal is about, if any. */
  public UUID onderdeel() {
    if (actie != null) {
      return actie.id();
    }
    return evaluatiemoment == null ? null : evaluatiemoment.id();
  }

  private static int dagenTeLaat(LocalDate datum, LocalDate vandaag) {
    return Math.toIntExact(Math.max(0, ChronoUnit.DAYS.between(datum, vandaag)));
  }
}
