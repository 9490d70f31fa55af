package nl.wams.coordinatie.domain;

import static nl.wams.coordinatie.domain.Fixtures.NU;
import static nl.wams.coordinatie.domain.Fixtures.VANDAAG;
import static nl.wams.coordinatie.domain.Fixtures.aanpak;
import static nl.wams.coordinatie.domain.Fixtures.coordinator;
import static nl.wams.coordinatie.domain.Fixtures.evaluatie;
import static nl.wams.coordinatie.domain.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision on the coordinated approach, table 4.1 step 3. */
class BesluitRegelsTest {

  private static final List<Evaluatiemoment> GEEN_EVALUATIES = List.of();
  private static final List<Evaluatiemoment> EEN_EVALUATIE =
      List.of(new Evaluatiemoment(null, VANDAAG.plusMonths(1), null, null));

  @Test
  void mandatoryCoordinationCannotBeDecidedWithoutAnAppointedCoordinator() {
    assertThat(
            codes(
                BesluitRegels.controleer(
                    Coordinatieplicht.VERPLICHT,
                    false,
                    false,
                    VANDAAG.plusMonths(6),
                    GEEN_EVALUATIES,
                    BesluitSoort.GECOORDINEERDE_AANPAK,
                    null)))
        .containsExactly("coordinator-verplicht");
  }

  @Test
  void mandatoryCoordinationIsNotTurnedDownByTheMunicipality() {
    assertThat(
            codes(
                BesluitRegels.controleer(
                    Coordinatieplicht.VERPLICHT,
                    false,
                    false,
                    null,
                    GEEN_EVALUATIES,
                    BesluitSoort.GEEN_COORDINATIE,
                    "Geen capaciteit")))
        .containsExactly("coordinatie-verplicht");
  }

  @Test
  void mandatoryCoordinationNeedsNoCoordinatorWhenTheClientCoordinates() {
    assertThat(
            BesluitRegels.controleer(
                Coordinatieplicht.VERPLICHT,
                true,
                false,
                null,
                EEN_EVALUATIE,
                BesluitSoort.CLIENT_COORDINEERT_ZELF,
                null))
        .isEmpty();
  }

  @Test
  void theClientCoordinatesOnlyWhenTheConclusionSaysSoAndThenWithoutACoordinator() {
    assertThat(
            codes(
                BesluitRegels.controleer(
                    Coordinatieplicht.OPTIONEEL,
                    false,
                    true,
                    null,
                    EEN_EVALUATIE,
                    BesluitSoort.CLIENT_COORDINEERT_ZELF,
                    null)))
        .containsExactlyInAnyOrder("client-coordineert-niet-zelf", "coordinator-aangesteld");
  }

  @Test
  void optionalCoordinationMayBeTurnedDownWithAMotivation() {
    assertThat(
            BesluitRegels.controleer(
                Coordinatieplicht.OPTIONEEL,
                false,
                false,
                null,
                GEEN_EVALUATIES,
                BesluitSoort.GEEN_COORDINATIE,
                "Enkelvoudige hulp volstaat; cliënt redt zich met de WMO-consulent."))
        .isEmpty();
    assertThat(
            BesluitRegels.controleer(
                    Coordinatieplicht.OPTIONEEL,
                    false,
                    false,
                    null,
                    GEEN_EVALUATIES,
                    BesluitSoort.GEEN_COORDINATIE,
                    null)
                .get(0)
                .veld())
        .isEqualTo("motivering");
  }

  @Test
  void aStartingApproachHasAnEndOrAnEvaluationDate() {
    assertThat(
            codes(
                BesluitRegels.controleer(
                    Coordinatieplicht.OPTIONEEL,
                    false,
                    true,
                    null,
                    List.of(new Evaluatiemoment(null, VANDAAG, VANDAAG, "Gedaan")),
                    BesluitSoort.GECOORDINEERDE_AANPAK,
                    null)))
        .containsExactly("einddatum-of-evaluatie-verplicht");
    assertThat(
            BesluitRegels.controleer(
                Coordinatieplicht.OPTIONEEL,
                false,
                true,
                VANDAAG.plusMonths(6),
                GEEN_EVALUATIES,
                BesluitSoort.GECOORDINEERDE_AANPAK,
                null))
        .isEmpty();
  }

  @Test
  void theAanpakRefusesAnIncompleteDecisionAndStaysNew() {
    Aanpak aanpak = aanpak(Uitkomst.COORDINATIE_VERPLICHT);
    assertThatThrownBy(() -> aanpak.neemBesluit(BesluitSoort.GECOORDINEERDE_AANPAK, null, NU))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e -> assertThat(codes(e.overtredingen())).contains("coordinator-verplicht"));
    assertThat(aanpak.status()).isEqualTo(AanpakStatus.NIEUW);
    assertThat(aanpak.besluit()).isEmpty();
  }

  @Test
  void theDecisionIsTakenOnceAndStartsOrStopsTheApproach() {
    Aanpak gestart = aanpak(Uitkomst.COORDINATIE_VERPLICHT);
    gestart.stelAan(coordinator("c1", Fixtures.AMSTERDAM), Intensiteit.ZWAAR, NU);
    gestart.legPlanVast(plan(List.of(), List.of(evaluatie(VANDAAG.plusWeeks(6))), null), VANDAAG);
    gestart.neemBesluit(BesluitSoort.GECOORDINEERDE_AANPAK, null, NU);
    assertThat(gestart.status()).isEqualTo(AanpakStatus.ACTIEF);
    assertThatThrownBy(() -> gestart.neemBesluit(BesluitSoort.GECOORDINEERDE_AANPAK, null, NU))
        .isInstanceOf(OngeldigeToestand.class);

    Aanpak gestopt = aanpak(Uitkomst.COORDINATIE_OPTIONEEL);
    gestopt.neemBesluit(BesluitSoort.GEEN_COORDINATIE, "Cliënt redt zich", NU);
    assertThat(gestopt.status()).isEqualTo(AanpakStatus.GEEN_COORDINATIE);
    assertThat(gestopt.besluit().orElseThrow().motivering()).isEqualTo("Cliënt redt zich");
  }

  @Test
  void noCoordinatorIsAppointedOnceTheClientCoordinates() {
    Aanpak aanpak = aanpak(Uitkomst.COORDINATIE_VERPLICHT, true);
    aanpak.legPlanVast(plan(List.of(), List.of(), VANDAAG.plusMonths(3)), VANDAAG);
    aanpak.neemBesluit(BesluitSoort.CLIENT_COORDINEERT_ZELF, null, NU);
    assertThat(aanpak.status()).isEqualTo(AanpakStatus.ACTIEF);
    assertThatThrownBy(
            () -> aanpak.stelAan(coordinator("c2", Fixtures.AMSTERDAM), Intensiteit.LICHT, NU))
        .isInstanceOf(OngeldigeToestand.class);
  }

  static List<String> codes(List<Regelovertreding> overtredingen) {
    return overtredingen.stream().map(Regelovertreding::code).toList();
  }
}
