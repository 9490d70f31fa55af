package nl.wams.meldpunt.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of triage (WAMS.md §3, entry points):
 *
 * <ul>
 *   <li>acute concerns are not for the meldpunt: an ACUUT aanmelding is referred to the crisis
 *       service;
 *   <li>a referral says where to: the crisis service, or another desk by name;
 *   <li>a hulpvraag leads to an onderzoek only when the client finds it necessary;
 *   <li>only a referral names a destination.
 * </ul>
 */
public final class TriageRegels {

  private TriageRegels() {}

  public static List<Regelovertreding> controleer(
      Soort soort, Urgentie urgentie, TriageInvoer invoer) {
    List<Regelovertreding> fouten = new ArrayList<>();
    if (urgentie == Urgentie.ACUUT
        && !(invoer.besluit() == Besluit.DOORVERWIJZEN
            && invoer.doorverwezenNaar() == Doorverwijzing.CRISISDIENST)) {
      fouten.add(
          new Regelovertreding(
              "besluit",
              "acuut-naar-crisisdienst",
              "Een acute aanmelding wordt doorverwezen naar de crisisdienst."));
    }
    if (invoer.besluit() == Besluit.DOORVERWIJZEN) {
      if (invoer.doorverwezenNaar() == null) {
        fouten.add(
            new Regelovertreding(
                "doorverwezenNaar", "required", "Zeg waarheen de aanmelding is doorverwezen."));
      } else if (invoer.doorverwezenNaar() == Doorverwijzing.ANDER_LOKET
          && invoer.loket() == null) {
        fouten.add(new Regelovertreding("loket", "required", "Noem het loket."));
      }
    } else if (invoer.doorverwezenNaar() != null || invoer.loket() != null) {
      fouten.add(
          new Regelovertreding(
              "doorverwezenNaar",
              "not-allowed",
              "Alleen een doorverwijzing heeft een bestemming."));
    }
    if (soort == Soort.HULPVRAAG
        && invoer.besluit() == Besluit.ONDERZOEK_STARTEN
        && !Boolean.TRUE.equals(invoer.clientWilOnderzoek())) {
      fouten.add(
          new Regelovertreding(
              "clientWilOnderzoek",
              "client-wil-geen-onderzoek",
              "Bij een hulpvraag volgt alleen een onderzoek als de cliënt dat nodig vindt."));
    }
    return fouten;
  }
}
