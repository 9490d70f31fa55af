package nl.wams.coordinatie.mapping;

import static nl.wams.coordinatie.mapping.Enums.map;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.wams.coordinatie.contract.model.Aanpak;
import nl.wams.coordinatie.contract.model.AanpakStatus;
import nl.wams.coordinatie.contract.model.Aanstelling;
import nl.wams.coordinatie.contract.model.Actie;
import nl.wams.coordinatie.contract.model.ActieGegevens;
import nl.wams.coordinatie.contract.model.ActieStatus;
import nl.wams.coordinatie.contract.model.Beeindiging;
import nl.wams.coordinatie.contract.model.BeeindigingReden;
import nl.wams.coordinatie.contract.model.Besluit;
import nl.wams.coordinatie.contract.model.BesluitSoort;
import nl.wams.coordinatie.contract.model.Coordinatieplicht;
import nl.wams.coordinatie.contract.model.Doel;
import nl.wams.coordinatie.contract.model.Evaluatiemoment;
import nl.wams.coordinatie.contract.model.Intensiteit;
import nl.wams.coordinatie.contract.model.Plan;
import nl.wams.coordinatie.contract.model.PlanGegevens;
import nl.wams.coordinatie.contract.model.Signaal;
import nl.wams.coordinatie.contract.model.SignaalSoort;
import nl.wams.coordinatie.domain.PlanInvoer;

/** Between the contract's model of the aanpak and the domain. */
public final class AanpakMapper {

  private AanpakMapper() {}

  public static PlanInvoer toInvoer(PlanGegevens plan) {
    return new PlanInvoer(
        plan.getDoelen().stream()
            .map(d -> new PlanInvoer.DoelInvoer(d.getId(), d.getOmschrijving()))
            .toList(),
        plan.getActies().stream().map(AanpakMapper::toInvoer).toList(),
        plan.getEvaluatiemomenten().stream()
            .map(
                e ->
                    new PlanInvoer.EvaluatieInvoer(
                        e.getId(), e.getGeplandOp(), e.getUitgevoerdOp(), e.getBevindingen()))
            .toList(),
        plan.getEinddatum());
  }

  private static PlanInvoer.ActieInvoer toInvoer(ActieGegevens actie) {
    return new PlanInvoer.ActieInvoer(
        actie.getId(),
        actie.getOmschrijving(),
        actie.getPartij(),
        actie.getEigenaar(),
        actie.getDeadline(),
        map(actie.getStatus(), nl.wams.coordinatie.domain.ActieStatus.class),
        actie.getBlokkadeReden());
  }

  /**
   * The aanpak as the contract shows it; {@code vandaag} decides whether an evaluation is overdue.
   */
  public static Aanpak toApi(
      nl.wams.coordinatie.domain.Aanpak aanpak, LocalDate vandaag, Links links) {
    return new Aanpak()
        .url(links.aanpak(aanpak.id()))
        .uuid(aanpak.id())
        .procedure(aanpak.procedure())
        .gemeentecode(aanpak.gemeentecode())
        .coordinatieplicht(map(aanpak.coordinatieplicht(), Coordinatieplicht.class))
        .clientCoordineertZelf(aanpak.clientCoordineertZelf())
        .procedureGestartOp(tijd(aanpak.procedureGestartOp()))
        .aangemaaktOp(tijd(aanpak.aangemaaktOp()))
        .status(map(aanpak.status(), AanpakStatus.class))
        .aanstelling(
            aanpak
                .coordinator()
                .map(
                    c ->
                        new Aanstelling()
                            .coordinator(links.coordinator(c.id()))
                            .intensiteit(map(aanpak.intensiteit(), Intensiteit.class))
                            .aangesteldOp(tijd(aanpak.aangesteldOp())))
                .orElse(null))
        .besluit(
            aanpak
                .besluit()
                .map(
                    b ->
                        new Besluit()
                            .soort(map(b.soort(), BesluitSoort.class))
                            .motivering(b.motivering())
                            .genomenOp(tijd(b.genomenOp())))
                .orElse(null))
        .plan(plan(aanpak))
        .volgendeEvaluatieOp(aanpak.volgendeEvaluatieOp().orElse(null))
        .evaluatieVerlopen(aanpak.evaluatieVerlopen(vandaag))
        .beeindiging(
            aanpak
                .beeindiging()
                .map(
                    b ->
                        new Beeindiging()
                            .reden(map(b.reden(), BeeindigingReden.class))
                            .toelichting(b.toelichting())
                            .datum(b.datum())
                            .doorlooptijdDagen(aanpak.doorlooptijdDagen().orElseThrow()))
                .orElse(null));
  }

  public static Signaal toApi(nl.wams.coordinatie.domain.Signaal signaal, Links links) {
    nl.wams.coordinatie.domain.Actie actie = signaal.actie();
    return new Signaal()
        .soort(map(signaal.soort(), SignaalSoort.class))
        .aanpak(links.aanpak(signaal.aanpak().id()))
        .procedure(signaal.aanpak().procedure())
        .coordinator(
            signaal.aanpak().coordinator().map(c -> links.coordinator(c.id())).orElse(null))
        .actie(actie == null ? null : actie.id())
        .evaluatiemoment(signaal.evaluatiemoment() == null ? null : signaal.evaluatiemoment().id())
        .omschrijving(actie == null ? null : actie.omschrijving())
        .partij(actie == null ? null : actie.partij())
        .eigenaar(actie == null ? null : actie.eigenaar())
        .blokkadeReden(actie == null ? null : actie.blokkadeReden())
        .datum(signaal.datum())
        .dagenTeLaat(signaal.dagenTeLaat());
  }

  private static Plan plan(nl.wams.coordinatie.domain.Aanpak aanpak) {
    List<Doel> doelen =
        aanpak.doelen().stream()
            .map(d -> new Doel().id(d.id()).omschrijving(d.omschrijving()))
            .toList();
    List<Actie> acties =
        aanpak.acties().stream()
            .map(
                a ->
                    new Actie()
                        .id(a.id())
                        .omschrijving(a.omschrijving())
                        .partij(a.partij())
                        .eigenaar(a.eigenaar())
                        .deadline(a.deadline())
                        .status(map(a.status(), ActieStatus.class))
                        .blokkadeReden(a.blokkadeReden()))
            .toList();
    List<Evaluatiemoment> evaluaties =
        aanpak.evaluatiemomenten().stream()
            .map(
                e ->
                    new Evaluatiemoment()
                        .id(e.id())
                        .geplandOp(e.geplandOp())
                        .uitgevoerdOp(e.uitgevoerdOp())
                        .bevindingen(e.bevindingen()))
            .toList();
    return new Plan()
        .doelen(doelen)
        .acties(acties)
        .evaluatiemomenten(evaluaties)
        .einddatum(aanpak.einddatum());
  }

  private static OffsetDateTime tijd(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
