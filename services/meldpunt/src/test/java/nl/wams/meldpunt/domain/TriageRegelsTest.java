package nl.wams.meldpunt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriageRegelsTest {

  private static List<String> codes(Soort soort, Urgentie urgentie, TriageInvoer invoer) {
    return TriageRegels.controleer(soort, urgentie, invoer).stream()
        .map(Regelovertreding::code)
        .toList();
  }

  private static TriageInvoer besluit(
      Besluit besluit, Doorverwijzing naar, String loket, Boolean client) {
    return new TriageInvoer(besluit, "Motivering", naar, loket, client);
  }

  @Test
  void acuteConcernsGoToTheCrisisService() {
    assertThat(codes(Soort.MELDING, Urgentie.ACUUT, besluit(Besluit.GEEN_ACTIE, null, null, null)))
        .containsExactly("acuut-naar-crisisdienst");
    assertThat(
            codes(
                Soort.MELDING,
                Urgentie.ACUUT,
                besluit(Besluit.DOORVERWIJZEN, Doorverwijzing.ANDER_LOKET, "Wmo-loket", null)))
        .containsExactly("acuut-naar-crisisdienst");
    assertThat(
            codes(
                Soort.MELDING,
                Urgentie.ACUUT,
                besluit(Besluit.DOORVERWIJZEN, Doorverwijzing.CRISISDIENST, null, null)))
        .isEmpty();
  }

  @Test
  void aReferralSaysWhereTo() {
    assertThat(
            codes(
                Soort.MELDING, Urgentie.NORMAAL, besluit(Besluit.DOORVERWIJZEN, null, null, null)))
        .containsExactly("required");
    assertThat(
            codes(
                Soort.MELDING,
                Urgentie.NORMAAL,
                besluit(Besluit.DOORVERWIJZEN, Doorverwijzing.ANDER_LOKET, null, null)))
        .containsExactly("required");
    assertThat(
            codes(
                Soort.MELDING,
                Urgentie.NORMAAL,
                besluit(Besluit.GEEN_ACTIE, Doorverwijzing.ANDER_LOKET, "Loket", null)))
        .containsExactly("not-allowed");
  }

  @Test
  void aHulpvraagLeadsToAnOnderzoekOnlyWhenTheClientWantsOne() {
    assertThat(
            codes(
                Soort.HULPVRAAG,
                Urgentie.NORMAAL,
                besluit(Besluit.ONDERZOEK_STARTEN, null, null, null)))
        .containsExactly("client-wil-geen-onderzoek");
    assertThat(
            codes(
                Soort.HULPVRAAG,
                Urgentie.NORMAAL,
                besluit(Besluit.ONDERZOEK_STARTEN, null, null, false)))
        .containsExactly("client-wil-geen-onderzoek");
    assertThat(
            codes(
                Soort.HULPVRAAG,
                Urgentie.NORMAAL,
                besluit(Besluit.ONDERZOEK_STARTEN, null, null, true)))
        .isEmpty();
    // A melding or verzoek does not need the client's wish to start an onderzoek (WAMS.md §3).
    assertThat(
            codes(
                Soort.VERZOEK,
                Urgentie.NORMAAL,
                besluit(Besluit.ONDERZOEK_STARTEN, null, null, null)))
        .isEmpty();
  }
}
