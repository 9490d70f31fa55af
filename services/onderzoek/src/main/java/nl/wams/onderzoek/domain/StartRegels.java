package nl.wams.onderzoek.domain;

import java.util.ArrayList;
import java.util.List;
import nl.wams.commons.bsn.Bsn;

/**
 * The rules for starting an onderzoek (WAMS.md §3; 000 §4.3 against pressure and monitoring):
 *
 * <ul>
 *   <li>the betrokkene has a valid BSN;
 *   <li>an onderzoek the client did not ask for (after a verzoek or melding) is only for continuing
 *       and recurring multiple problems: that is confirmed and motivated;
 *   <li>a new onderzoek of a person already investigated in the preceding period (12 months) is
 *       flagged and needs its own explicit motivation.
 * </ul>
 */
public final class StartRegels {

  private StartRegels() {}

  public static List<Regelovertreding> controleer(StartInvoer invoer, boolean herhaaldOnderzoek) {
    List<Regelovertreding> fouten = new ArrayList<>();
    if (!Bsn.isValid(invoer.bsn())) {
      fouten.add(
          new Regelovertreding(
              "betrokkene.bsn", "invalid-bsn", "Dit is geen geldig BSN (de elfproef klopt niet)."));
    }
    if (invoer.ingang().opInitiatiefVanAnderen()) {
      if (!Boolean.TRUE.equals(invoer.voortdurendEnTerugkerend())) {
        fouten.add(
            new Regelovertreding(
                "voortdurendEnTerugkerend",
                "required",
                "Een onderzoek waar de cliënt niet om vroeg, is alleen voor voortdurende en terugkerende"
                    + " meervoudige problematiek."));
      }
      if (invoer.motivering() == null) {
        fouten.add(
            new Regelovertreding(
                "motivering", "required", "Motiveer waarom dit onderzoek nodig is."));
      }
    }
    if (herhaaldOnderzoek && invoer.herhalingMotivering() == null) {
      fouten.add(
          new Regelovertreding(
              "herhalingMotivering",
              "herhaald-onderzoek",
              "Deze persoon is in de afgelopen 12 maanden al onderzocht; motiveer waarom opnieuw."));
    }
    return fouten;
  }
}
