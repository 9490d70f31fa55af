package nl.wams.onderzoek.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartRegelsTest {

  private static List<String> velden(StartInvoer invoer, boolean herhaald) {
    return StartRegels.controleer(invoer, herhaald).stream().map(Regelovertreding::veld).toList();
  }

  private static StartInvoer invoer(
      Ingangssoort ingang, Boolean voortdurend, String motivering, String herhaling) {
    return new StartInvoer("0363", ingang, null, "999993653", voortdurend, motivering, herhaling);
  }

  @Test
  void aHulpvraagNeedsNoAntiMonitoringMotivation() {
    assertThat(velden(invoer(Ingangssoort.HULPVRAAG, null, null, null), false)).isEmpty();
  }

  @Test
  void anOnderzoekOthersAskedForIsForContinuingAndRecurringProblemsOnly() {
    for (Ingangssoort ingang : List.of(Ingangssoort.VERZOEK, Ingangssoort.MELDING)) {
      assertThat(velden(invoer(ingang, null, null, null), false))
          .containsExactlyInAnyOrder("voortdurendEnTerugkerend", "motivering");
      assertThat(velden(invoer(ingang, false, "Zorgen", null), false))
          .containsExactly("voortdurendEnTerugkerend");
      assertThat(velden(invoer(ingang, true, "Al jaren terugkerend", null), false)).isEmpty();
    }
  }

  @Test
  void aRepeatedOnderzoekNeedsItsOwnMotivation() {
    assertThat(StartRegels.controleer(invoer(Ingangssoort.HULPVRAAG, null, null, null), true))
        .extracting(Regelovertreding::code)
        .containsExactly("herhaald-onderzoek");
    assertThat(
            velden(
                invoer(Ingangssoort.HULPVRAAG, null, null, "Nieuwe situatie na verhuizing"), true))
        .isEmpty();
  }

  @Test
  void theBetrokkeneHasAValidBsn() {
    StartInvoer fout =
        new StartInvoer("0363", Ingangssoort.HULPVRAAG, null, "123456789", null, null, null);
    assertThat(velden(fout, false)).containsExactly("betrokkene.bsn");
  }
}
