package nl.wams.coordinatie.domain;

import static nl.wams.coordinatie.domain.Fixtures.NU;
import static nl.wams.coordinatie.domain.Fixtures.VANDAAG;
import static nl.wams.coordinatie.domain.Fixtures.actie;
import static nl.wams.coordinatie.domain.Fixtures.actieveAanpak;
import static nl.wams.coordinatie.domain.Fixtures.evaluatie;
import static nl.wams.coordinatie.domain.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workflow view: what is late, what is blocked, which evaluation is overdue. */
class WerkvoorraadTest {

  @Test
  void lateAndBlockedActionsOneLineEach() {
    Aanpak aanpak =
        actieveAanpak(
            Uitkomst.COORDINATIE_VERPLICHT,
            List.of(
                actie(VANDAAG.minusDays(3), ActieStatus.OPEN, null), // late
                actie(VANDAAG.minusDays(10), ActieStatus.BEZIG, null), // late
                actie(VANDAAG.minusDays(5), ActieStatus.AFGEROND, null), // done: fine
                actie(VANDAAG, ActieStatus.OPEN, null), // due today: not late yet
                actie(VANDAAG.plusDays(4), ActieStatus.GEBLOKKEERD, "Wacht op UWV"), // blocked
                actie(VANDAAG.minusDays(2), ActieStatus.GEBLOKKEERD, "Cliënt onbereikbaar")));

    List<Signaal> signalen = Werkvoorraad.signalen(aanpak, VANDAAG);

    assertThat(signalen)
        .extracting(Signaal::soort, Signaal::datum, Signaal::dagenTeLaat)
        .containsExactly(
            tuple(SignaalSoort.ACTIE_TE_LAAT, VANDAAG.minusDays(10), 10),
            tuple(SignaalSoort.ACTIE_TE_LAAT, VANDAAG.minusDays(3), 3),
            tuple(SignaalSoort.ACTIE_GEBLOKKEERD, VANDAAG.minusDays(2), 2),
            tuple(SignaalSoort.ACTIE_GEBLOKKEERD, VANDAAG.plusDays(4), 0));
    assertThat(signalen.get(2).actie().blokkadeReden()).isEqualTo("Cliënt onbereikbaar");
    assertThat(signalen.get(0).onderdeel()).isEqualTo(aanpak.acties().get(1).id());
  }

  @Test
  void anOverdueEvaluationAndAPassedEndDateAreSignalled() {
    Aanpak aanpak = Fixtures.aanpak(Uitkomst.COORDINATIE_OPTIONEEL);
    aanpak.stelAan(Fixtures.coordinator("c4", Fixtures.AMSTERDAM), Intensiteit.ZWAAR, NU);
    aanpak.legPlanVast(
        plan(
            List.of(),
            List.of(
                evaluatie(VANDAAG.minusDays(7)),
                new PlanInvoer.EvaluatieInvoer(
                    null, VANDAAG.minusDays(40), VANDAAG.minusDays(39), "Ok")),
            VANDAAG.minusDays(1)),
        VANDAAG);
    aanpak.neemBesluit(BesluitSoort.GECOORDINEERDE_AANPAK, null, NU);

    assertThat(Werkvoorraad.signalen(aanpak, VANDAAG))
        .extracting(Signaal::soort, Signaal::dagenTeLaat)
        .containsExactly(
            tuple(SignaalSoort.EVALUATIE_VERLOPEN, 7), tuple(SignaalSoort.EINDDATUM_VERSTREKEN, 1));
  }

  @Test
  void onlyARunningApproachHasAWorkflow() {
    Aanpak nieuw = Fixtures.aanpak(Uitkomst.COORDINATIE_VERPLICHT);
    nieuw.legPlanVast(
        plan(List.of(actie(VANDAAG.minusDays(3), ActieStatus.OPEN, null)), List.of(), null),
        VANDAAG);
    assertThat(Werkvoorraad.signalen(nieuw, VANDAAG)).isEmpty();

    Aanpak beeindigd =
        actieveAanpak(
            Uitkomst.COORDINATIE_VERPLICHT,
            List.of(actie(VANDAAG.minusDays(3), ActieStatus.OPEN, null)));
    assertThat(Werkvoorraad.signalen(beeindigd, VANDAAG)).hasSize(1);
    beeindigd.beeindig(BeeindigingReden.AANPAK_NIET_EFFECTIEF, null, VANDAAG, VANDAAG);
    assertThat(Werkvoorraad.signalen(beeindigd, VANDAAG)).isEmpty();
  }

  @Test
  void theOrderIsTheSameWhateverTheOrderOfTheAanpakken() {
    Aanpak a =
        actieveAanpak(
            Uitkomst.COORDINATIE_VERPLICHT,
            List.of(actie(VANDAAG.minusDays(1), ActieStatus.OPEN, null)));
    Aanpak b =
        actieveAanpak(
            Uitkomst.COORDINATIE_VERPLICHT,
            List.of(actie(VANDAAG.minusDays(1), ActieStatus.OPEN, null)));
    List<Signaal> eenKant = new ArrayList<>(Werkvoorraad.signalen(a, VANDAAG));
    eenKant.addAll(Werkvoorraad.signalen(b, VANDAAG));
    List<Signaal> andereKant = new ArrayList<>(Werkvoorraad.signalen(b, VANDAAG));
    andereKant.addAll(Werkvoorraad.signalen(a, VANDAAG));

    assertThat(eenKant.stream().sorted(Signaal.VOLGORDE).toList())
        .isEqualTo(andereKant.stream().sorted(Signaal.VOLGORDE).toList());
  }
}
