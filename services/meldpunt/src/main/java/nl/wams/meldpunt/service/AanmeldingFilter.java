package nl.wams.meldpunt.service;

import java.time.LocalDate;
import nl.wams.meldpunt.domain.Soort;
import nl.wams.meldpunt.domain.Status;
import nl.wams.meldpunt.domain.Urgentie;

/** Filters of the aanmeldingen list; a null field does not filter. */
public record AanmeldingFilter(
    Soort soort,
    Status status,
    Urgentie urgentie,
    String gemeentecode,
    LocalDate ontvangenVanaf,
    LocalDate ontvangenTot,
    String bsn) {

  /** The same filter, limited to one municipality. */
  public AanmeldingFilter inGemeente(String gemeente) {
    return new AanmeldingFilter(
        soort, status, urgentie, gemeente, ontvangenVanaf, ontvangenTot, bsn);
  }
}
