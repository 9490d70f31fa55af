package nl.wams.coordinatie.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.wams.coordinatie.domain.PlanInvoer.ActieInvoer;
import nl.wams.coordinatie.domain.PlanInvoer.EvaluatieInvoer;

/**
 * The rules of the plan (WAMS.md §3, coordinated approach):
 *
 * <ul>
 *   <li><b>the approach must not run on indefinitely</b>: an active aanpak always has an end date
 *       or a next evaluation date that has not been held yet;
 *   <li>a blocked action says why, and only a blocked action has a reason for blocking;
 *   <li>an evaluation that was held has its findings, and lies not in the future; findings belong
 *       to a held evaluation;
 *   <li>a part that names an id names an existing part of this plan, once.
 * </ul>
 *
 * Dates in the past are allowed: a plan is often written down after the fact, and that is exactly
 * what makes late actions show up in the workflow view.
 */
public final class PlanRegels {

  private PlanRegels() {}

  /** The rule that an active approach always has an end or a next evaluation date. */
  public static boolean eindeOfEvaluatieGepland(
      LocalDate einddatum, List<Evaluatiemoment> evaluatiemomenten) {
    return einddatum != null || evaluatiemomenten.stream().anyMatch(e -> !e.uitgevoerd());
  }

  static Regelovertreding eindeOfEvaluatieOntbreekt(String veld) {
    return new Regelovertreding(
        veld,
        "einddatum-of-evaluatie-verplicht",
        "Een actieve aanpak heeft altijd een einddatum of een volgend, nog niet uitgevoerd"
            + " evaluatiemoment: zo loopt ze niet eindeloos door.");
  }

  public static List<Regelovertreding> controleer(
      PlanInvoer plan,
      List<Doel> doelen,
      List<Actie> acties,
      List<Evaluatiemoment> evaluatiemomenten,
      boolean actief,
      LocalDate vandaag) {
    List<Regelovertreding> fouten = new ArrayList<>();
    bestaandeIds("doelen", plan.doelen(), PlanInvoer.DoelInvoer::id, ids(doelen, Doel::id), fouten);
    bestaandeIds("acties", plan.acties(), ActieInvoer::id, ids(acties, Actie::id), fouten);
    bestaandeIds(
        "evaluatiemomenten",
        plan.evaluatiemomenten(),
        EvaluatieInvoer::id,
        ids(evaluatiemomenten, Evaluatiemoment::id),
        fouten);
    for (int i = 0; i < plan.acties().size(); i++) {
      blokkadeHeeftReden(plan.acties().get(i), "acties[" + i + "].blokkadeReden", fouten);
    }
    for (int i = 0; i < plan.evaluatiemomenten().size(); i++) {
      uitvoeringHeeftBevindingen(
          plan.evaluatiemomenten().get(i), "evaluatiemomenten[" + i + "]", vandaag, fouten);
    }
    boolean eindeOfEvaluatie =
        plan.einddatum() != null
            || plan.evaluatiemomenten().stream().anyMatch(e -> e.uitgevoerdOp() == null);
    if (actief && !eindeOfEvaluatie) {
      fouten.add(eindeOfEvaluatieOntbreekt("einddatum"));
    }
    return fouten;
  }

  private static void blokkadeHeeftReden(
      ActieInvoer actie, String veld, List<Regelovertreding> fouten) {
    if (actie.status() == ActieStatus.GEBLOKKEERD && actie.blokkadeReden() == null) {
      fouten.add(new Regelovertreding(veld, "required", "Zeg waardoor deze actie geblokkeerd is."));
    } else if (actie.status() != ActieStatus.GEBLOKKEERD && actie.blokkadeReden() != null) {
      fouten.add(
          new Regelovertreding(
              veld, "not-allowed", "Alleen een geblokkeerde actie heeft een blokkadereden."));
    }
  }

  private static void uitvoeringHeeftBevindingen(
      EvaluatieInvoer evaluatie, String veld, LocalDate vandaag, List<Regelovertreding> fouten) {
    if (evaluatie.uitgevoerdOp() != null) {
      if (evaluatie.uitgevoerdOp().isAfter(vandaag)) {
        fouten.add(
            new Regelovertreding(
                veld + ".uitgevoerdOp",
                "in-de-toekomst",
                "Een evaluatie die nog moet komen is niet uitgevoerd."));
      }
      if (evaluatie.bevindingen() == null) {
        fouten.add(
            new Regelovertreding(
                veld + ".bevindingen",
                "required",
                "Leg de bevindingen vast van een uitgevoerde evaluatie."));
      }
    } else if (evaluatie.bevindingen() != null) {
      fouten.add(
          new Regelovertreding(
              veld + ".bevindingen",
              "not-allowed",
              "Bevindingen horen bij een uitgevoerde evaluatie; vul ook uitgevoerdOp in."));
    }
  }

  private static <T> void bestaandeIds(
      String lijst,
      List<T> invoer,
      Function<T, UUID> id,
      Set<UUID> bestaand,
      List<Regelovertreding> fouten) {
    Set<UUID> gezien = new HashSet<>();
    for (int i = 0; i < invoer.size(); i++) {
      UUID gegeven = id.apply(invoer.get(i));
      if (gegeven == null) {
        continue;
      }
      String veld = lijst + "[" + i + "].id";
      if (!bestaand.contains(gegeven)) {
        fouten.add(
            new Regelovertreding(
                veld, "onbekend", "Dit onderdeel bestaat niet in dit plan; laat het id weg."));
      } else if (!gezien.add(gegeven)) {
        fouten.add(new Regelovertreding(veld, "dubbel", "Dit onderdeel staat er al eerder in."));
      }
    }
  }

  private static <T> Set<UUID> ids(List<T> onderdelen, Function<T, UUID> id) {
    Set<UUID> ids = new HashSet<>();
    onderdelen.forEach(o -> ids.add(id.apply(o)));
    return ids;
  }
}
