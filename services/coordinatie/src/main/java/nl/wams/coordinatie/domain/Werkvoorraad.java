package nl.wams.coordinatie.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator's workflow view (WAMS.md §3: "what is late, who is on it"), for an active aanpak
 * on a given day:
 *
 * <ul>
 *   <li>an action past its deadline that is not finished is late ({@link
 *       SignaalSoort#ACTIE_TE_LAAT});
 *   <li>a blocked action is reported as blocked, whatever its deadline, with the days it is late if
 *       it is — one line per action ({@link SignaalSoort#ACTIE_GEBLOKKEERD});
 *   <li>a planned evaluation whose day passed without it being held is overdue ({@link
 *       SignaalSoort#EVALUATIE_VERLOPEN});
 *   <li>an end date that passed while the approach still runs ({@link
 *       SignaalSoort#EINDDATUM_VERSTREKEN}): it must not run on indefinitely.
 * </ul>
 *
 * Approaches that have not started or have ended have no workflow.
 */
public final class Werkvoorraad {

  private Werkvoorraad() {}

  public static List<Signaal> signalen(Aanpak aanpak, LocalDate vandaag) {
    List<Signaal> signalen = new ArrayList<>();
    if (aanpak.status() != AanpakStatus.ACTIEF) {
      return signalen;
    }
    for (Actie actie : aanpak.acties()) {
      if (actie.geblokkeerd()) {
        signalen.add(
            Signaal.over(SignaalSoort.ACTIE_GEBLOKKEERD, aanpak, actie.deadline(), vandaag)
                .met(actie));
      } else if (actie.teLaat(vandaag)) {
        signalen.add(
            Signaal.over(SignaalSoort.ACTIE_TE_LAAT, aanpak, actie.deadline(), vandaag).met(actie));
      }
    }
    for (Evaluatiemoment evaluatie : aanpak.evaluatiemomenten()) {
      if (evaluatie.verlopen(vandaag)) {
        signalen.add(
            Signaal.over(SignaalSoort.EVALUATIE_VERLOPEN, aanpak, evaluatie.geplandOp(), vandaag)
                .met(evaluatie));
      }
    }
    if (aanpak.einddatum() != null && aanpak.einddatum().isBefore(vandaag)) {
      signalen.add(
          Signaal.over(SignaalSoort.EINDDATUM_VERSTREKEN, aanpak, aanpak.einddatum(), vandaag));
    }
    signalen.sort(Signaal.VOLGORDE);
    return signalen;
  }
}
