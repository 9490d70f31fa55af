package nl.wams.meldpunt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AanmeldingRegelsTest {

  private static final Betrokkene BEKEND = new Betrokkene("999993653", null);
  private static final Melder PROFESSIONAL =
      new Melder(MelderSoort.PROFESSIONAL, "A. Jansen", "GGZ Noord", null, null);

  private static AanmeldingInvoer invoer(
      Soort soort, Betrokkene betrokkene, Melder melder, SdWet wet, String motivering) {
    return new AanmeldingInvoer(
        soort, "0363", Urgentie.NORMAAL, betrokkene, melder, wet, "Zorgen", motivering);
  }

  private static List<String> velden(AanmeldingInvoer invoer) {
    return AanmeldingRegels.controleer(invoer).stream().map(Regelovertreding::veld).toList();
  }

  @Test
  void validEntriesOfEachSoortPass() {
    assertThat(velden(invoer(Soort.HULPVRAAG, BEKEND, null, SdWet.WGS, null))).isEmpty();
    assertThat(velden(invoer(Soort.VERZOEK, BEKEND, PROFESSIONAL, null, "Voortdurend"))).isEmpty();
    assertThat(
            velden(
                invoer(
                    Soort.MELDING,
                    new Betrokkene(null, "Vrouw, Kerkstraat 3"),
                    new Melder(MelderSoort.ANONIEM, null, null, null, null),
                    null,
                    null)))
        .isEmpty();
  }

  @Test
  void theBetrokkeneIsKnownByAValidBsnOrADescription() {
    assertThat(velden(invoer(Soort.HULPVRAAG, null, null, SdWet.WMO, null)))
        .containsExactly("betrokkene");
    assertThat(velden(invoer(Soort.HULPVRAAG, new Betrokkene(null, null), null, SdWet.WMO, null)))
        .containsExactly("betrokkene");
    assertThat(
            AanmeldingRegels.controleer(
                invoer(Soort.HULPVRAAG, new Betrokkene("999993654", null), null, SdWet.WMO, null)))
        .extracting(Regelovertreding::code)
        .containsExactly("invalid-bsn");
  }

  @Test
  void onlyAHulpvraagNamesItsLaw() {
    assertThat(velden(invoer(Soort.HULPVRAAG, BEKEND, null, null, null))).containsExactly("sdWet");
    assertThat(velden(invoer(Soort.VERZOEK, BEKEND, PROFESSIONAL, SdWet.WMO, "Voortdurend")))
        .containsExactly("sdWet");
  }

  @Test
  void aVerzoekIsAProfessionalsMotivatedRequest() {
    assertThat(velden(invoer(Soort.VERZOEK, BEKEND, null, null, null)))
        .containsExactlyInAnyOrder("motivering", "melder");
    assertThat(
            velden(
                invoer(
                    Soort.VERZOEK,
                    BEKEND,
                    new Melder(MelderSoort.INWONER, "Buurman", null, null, null),
                    null,
                    "Voortdurend")))
        .containsExactlyInAnyOrder("melder.soort", "melder.organisatie");
  }

  @Test
  void aMeldingHasAReporterAndAnAnonymousOneLeavesNoIdentity() {
    assertThat(velden(invoer(Soort.MELDING, BEKEND, null, null, null))).containsExactly("melder");
    assertThat(
            velden(
                invoer(
                    Soort.MELDING,
                    BEKEND,
                    new Melder(MelderSoort.ANONIEM, null, null, "0612345678", null),
                    null,
                    null)))
        .containsExactly("melder");
  }
}
