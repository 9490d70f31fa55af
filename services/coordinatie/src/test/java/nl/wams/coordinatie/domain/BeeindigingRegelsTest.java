package nl.wams.coordinatie.domain;

import static nl.wams.coordinatie.domain.BesluitRegelsTest.codes;
import static nl.wams.coordinatie.domain.Fixtures.GESTART;
import static nl.wams.coordinatie.domain.Fixtures.VANDAAG;
import static nl.wams.coordinatie.domain.Fixtures.actieveAanpak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end of the procedure, its reason and the lead time (monitoring indicator, 000 ch. 5). */
class BeeindigingRegelsTest {

  @Test
  void theLeadTimeCountsCalendarDaysFromTheDutchStartDay() {
    // GESTART is 23:30 UTC on 4 January: 00:30 on 5 January in Amsterdam.
    assertThat(Doorlooptijd.inDagen(GESTART, LocalDate.of(2026, 1, 5))).isZero();
    assertThat(Doorlooptijd.inDagen(GESTART, LocalDate.of(2026, 3, 10))).isEqualTo(64);
    // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July.
    assertThat(
            Doorlooptijd.inDagen(Instant.parse("2026-06-30T22:30:00Z"), LocalDate.of(2026, 7, 31)))
        .isEqualTo(30);
  }

  @Test
  void anEndedApproachCarriesReasonDateAndLeadTime() {
    Aanpak aanpak = actieveAanpak(Uitkomst.COORDINATIE_VERPLICHT, List.of());
    aanpak.beeindig(BeeindigingReden.DOELEN_BEREIKT, null, VANDAAG, VANDAAG);

    assertThat(aanpak.status()).isEqualTo(AanpakStatus.BEEINDIGD);
    assertThat(aanpak.beeindiging().orElseThrow().reden())
        .isEqualTo(BeeindigingReden.DOELEN_BEREIKT);
    assertThat(aanpak.doorlooptijdDagen()).contains(64);
    // Nothing changes after the end.
    assertThatThrownBy(() -> aanpak.beeindig(BeeindigingReden.OVERIG, "x", VANDAAG, VANDAAG))
        .isInstanceOf(OngeldigeToestand.class);
    assertThatThrownBy(
            () -> aanpak.legPlanVast(Fixtures.plan(List.of(), List.of(), VANDAAG), VANDAAG))
        .isInstanceOf(OngeldigeToestand.class);
  }

  @Test
  void onlyAnActiveApproachEnds() {
    Aanpak nieuw = Fixtures.aanpak(Uitkomst.COORDINATIE_OPTIONEEL);
    assertThatThrownBy(() -> nieuw.beeindig(BeeindigingReden.VERHUISD, null, VANDAAG, VANDAAG))
        .isInstanceOf(OngeldigeToestand.class);
    assertThat(nieuw.doorlooptijdDagen()).isEmpty();
  }

  @Test
  void otherNeedsAnExplanationAndTheDateLiesBetweenStartAndToday() {
    assertThat(
            codes(
                BeeindigingRegels.controleer(
                    BeeindigingReden.OVERIG, null, VANDAAG, GESTART, VANDAAG)))
        .containsExactly("required");
    assertThat(
            codes(
                BeeindigingRegels.controleer(
                    BeeindigingReden.VERHUISD, null, VANDAAG.plusDays(1), GESTART, VANDAAG)))
        .containsExactly("in-de-toekomst");
    assertThat(
            codes(
                BeeindigingRegels.controleer(
                    BeeindigingReden.CLIENT_TREKT_ZICH_TERUG,
                    null,
                    LocalDate.of(2026, 1, 4),
                    GESTART,
                    VANDAAG)))
        .containsExactly("voor-start");
    assertThat(
            BeeindigingRegels.controleer(
                BeeindigingReden.AANPAK_NIET_EFFECTIEF,
                null,
                LocalDate.of(2026, 1, 5),
                GESTART,
                VANDAAG))
        .isEmpty();
  }
}
