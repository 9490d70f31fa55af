package nl.wams.coordinatie.domain;

import static nl.wams.coordinatie.domain.BesluitRegelsTest.codes;
import static nl.wams.coordinatie.domain.Fixtures.VANDAAG;
import static nl.wams.coordinatie.domain.Fixtures.aanpak;
import static nl.wams.coordinatie.domain.Fixtures.actie;
import static nl.wams.coordinatie.domain.Fixtures.actieveAanpak;
import static nl.wams.coordinatie.domain.Fixtures.evaluatie;
import static nl.wams.coordinatie.domain.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plan: goals, actions per party, evaluations, and the approach never running on endlessly. */
class PlanRegelsTest {

  @Test
  void anActiveApproachAlwaysHasAnEndOrANextEvaluation() {
    Aanpak aanpak = actieveAanpak(Uitkomst.COORDINATIE_VERPLICHT, List.of());
    int aantalVoor = aanpak.evaluatiemomenten().size();

    // Holding the only planned evaluation without planning the next leaves neither.
    UUID evaluatie = aanpak.evaluatiemomenten().get(0).id();
    PlanInvoer zonderVolgende =
        plan(
            List.of(),
            List.of(
                new PlanInvoer.EvaluatieInvoer(
                    evaluatie, VANDAAG.minusDays(1), VANDAAG, "Gaat goed.")),
            null);
    assertThatThrownBy(() -> aanpak.legPlanVast(zonderVolgende, VANDAAG))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e ->
                assertThat(codes(e.overtredingen()))
                    .containsExactly("einddatum-of-evaluatie-verplicht"));
    assertThat(aanpak.evaluatiemomenten()).hasSize(aantalVoor);
    assertThat(aanpak.evaluatiemomenten().get(0).uitgevoerd()).isFalse();

    // With a next evaluation, or an end date, it is fine.
    aanpak.legPlanVast(
        plan(
            List.of(),
            List.of(
                new PlanInvoer.EvaluatieInvoer(
                    evaluatie, VANDAAG.minusDays(1), VANDAAG, "Gaat goed."),
                evaluatie(VANDAAG.plusMonths(2))),
            null),
        VANDAAG);
    assertThat(aanpak.volgendeEvaluatieOp()).contains(VANDAAG.plusMonths(2));
    aanpak.legPlanVast(plan(List.of(), List.of(), VANDAAG.plusMonths(4)), VANDAAG);
    assertThat(aanpak.einddatum()).isEqualTo(VANDAAG.plusMonths(4));
  }

  @Test
  void aPlanInPreparationMayStillLackDates() {
    Aanpak aanpak = aanpak(Uitkomst.COORDINATIE_OPTIONEEL);
    aanpak.legPlanVast(
        plan(List.of(actie(VANDAAG, ActieStatus.OPEN, null)), List.of(), null), VANDAAG);
    assertThat(aanpak.acties()).hasSize(1);
    assertThat(aanpak.volgendeEvaluatieOp()).isEmpty();
  }

  @Test
  void aBlockedActionSaysWhyAndOnlyABlockedOne() {
    List<Regelovertreding> fouten =
        PlanRegels.controleer(
            plan(
                List.of(
                    actie(VANDAAG, ActieStatus.GEBLOKKEERD, null),
                    actie(VANDAAG, ActieStatus.BEZIG, "Wacht op UWV")),
                List.of(),
                VANDAAG),
            List.of(),
            List.of(),
            List.of(),
            true,
            VANDAAG);
    assertThat(fouten)
        .extracting(Regelovertreding::veld, Regelovertreding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("acties[0].blokkadeReden", "required"),
            org.assertj.core.groups.Tuple.tuple("acties[1].blokkadeReden", "not-allowed"));
  }

  @Test
  void aHeldEvaluationHasFindingsAndLiesNotInTheFuture() {
    List<Regelovertreding> fouten =
        PlanRegels.controleer(
            plan(
                List.of(),
                List.of(
                    new PlanInvoer.EvaluatieInvoer(null, VANDAAG, VANDAAG.plusDays(1), null),
                    new PlanInvoer.EvaluatieInvoer(null, VANDAAG.plusDays(7), null, "Vooruit")),
                VANDAAG.plusMonths(1)),
            List.of(),
            List.of(),
            List.of(),
            true,
            VANDAAG);
    assertThat(fouten)
        .extracting(Regelovertreding::veld)
        .containsExactly(
            "evaluatiemomenten[0].uitgevoerdOp",
            "evaluatiemomenten[0].bevindingen",
            "evaluatiemomenten[1].bevindingen");
  }

  @Test
  void partsKeepTheirIdAndUnknownOrRepeatedIdsAreRefused() {
    Aanpak aanpak =
        actieveAanpak(
            Uitkomst.COORDINATIE_VERPLICHT, List.of(actie(VANDAAG, ActieStatus.OPEN, null)));
    Actie bestaand = aanpak.acties().get(0);
    PlanInvoer.ActieInvoer afgerond =
        new PlanInvoer.ActieInvoer(
            bestaand.id(),
            bestaand.omschrijving(),
            bestaand.partij(),
            bestaand.eigenaar(),
            bestaand.deadline(),
            ActieStatus.AFGEROND,
            null);
    aanpak.legPlanVast(
        plan(
            List.of(afgerond, actie(VANDAAG.plusDays(5), ActieStatus.OPEN, null)),
            List.of(evaluatie(VANDAAG.plusMonths(1))),
            null),
        VANDAAG);
    assertThat(aanpak.acties()).hasSize(2);
    assertThat(aanpak.acties().get(0).id()).isEqualTo(bestaand.id());
    assertThat(aanpak.acties().get(0).status()).isEqualTo(ActieStatus.AFGEROND);
    assertThat(aanpak.acties().get(1).id()).isNotEqualTo(bestaand.id());

    List<Regelovertreding> fouten =
        PlanRegels.controleer(
            plan(List.of(afgerond, afgerond), List.of(), VANDAAG),
            aanpak.doelen(),
            aanpak.acties(),
            aanpak.evaluatiemomenten(),
            true,
            VANDAAG);
    assertThat(fouten)
        .extracting(Regelovertreding::veld, Regelovertreding::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("acties[1].id", "dubbel"));
    PlanInvoer.DoelInvoer onbekend = new PlanInvoer.DoelInvoer(UUID.randomUUID(), "Verzonnen");
    assertThat(
            PlanRegels.controleer(
                new PlanInvoer(List.of(onbekend), List.of(), List.of(), VANDAAG),
                aanpak.doelen(),
                aanpak.acties(),
                aanpak.evaluatiemomenten(),
                true,
                VANDAAG))
        .extracting(Regelovertreding::veld, Regelovertreding::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("doelen[0].id", "onbekend"));
  }

  @Test
  void anOverdueEvaluationIsSurfacedOnlyWhileTheApproachRuns() {
    Aanpak aanpak = aanpak(Uitkomst.COORDINATIE_OPTIONEEL);
    aanpak.stelAan(Fixtures.coordinator("c3", Fixtures.AMSTERDAM), Intensiteit.LICHT, Fixtures.NU);
    aanpak.legPlanVast(plan(List.of(), List.of(evaluatie(VANDAAG.minusDays(1))), null), VANDAAG);
    assertThat(aanpak.evaluatieVerlopen(VANDAAG)).isFalse(); // not started yet
    aanpak.neemBesluit(BesluitSoort.GECOORDINEERDE_AANPAK, null, Fixtures.NU);

    assertThat(aanpak.evaluatieVerlopen(VANDAAG.minusDays(1))).isFalse(); // planned for today
    assertThat(aanpak.evaluatieVerlopen(VANDAAG)).isTrue();

    UUID id = aanpak.evaluatiemomenten().get(0).id();
    aanpak.legPlanVast(
        plan(
            List.of(),
            List.of(new PlanInvoer.EvaluatieInvoer(id, VANDAAG.minusDays(1), VANDAAG, "Gedaan")),
            VANDAAG.plusMonths(1)),
        VANDAAG);
    assertThat(aanpak.evaluatieVerlopen(VANDAAG)).isFalse();
  }

  @Test
  void theNextEvaluationIsTheEarliestNotYetHeld() {
    Aanpak aanpak = aanpak(Uitkomst.COORDINATIE_OPTIONEEL);
    aanpak.legPlanVast(
        plan(
            List.of(),
            List.of(
                new PlanInvoer.EvaluatieInvoer(null, VANDAAG.minusDays(30), VANDAAG, "Gedaan"),
                evaluatie(VANDAAG.plusDays(60)),
                evaluatie(VANDAAG.plusDays(20))),
            null),
        VANDAAG);
    assertThat(aanpak.volgendeEvaluatieOp()).contains(VANDAAG.plusDays(20));
  }
}
