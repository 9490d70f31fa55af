package nl.wams.coordinatie.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The whole plan as given by the client of the API. Parts that carry the id of an existing part
 * keep it; parts without an id are new.
 */
public record PlanInvoer(
    List<DoelInvoer> doelen,
    List<ActieInvoer> acties,
    List<EvaluatieInvoer> evaluatiemomenten,
    LocalDate einddatum) {

  public PlanInvoer {
    doelen = List.copyOf(doelen);
    acties = List.copyOf(acties);
    evaluatiemomenten = List.copyOf(evaluatiemomenten);
  }

  public record DoelInvoer(UUID id, String omschrijving) {}

  public record ActieInvoer(
      UUID id,
      String omschrijving,
      String partij,
      String eigenaar,
      LocalDate deadline,
      ActieStatus status,
      String blokkadeReden) {}

  public record EvaluatieInvoer(
      UUID id, LocalDate geplandOp, LocalDate uitgevoerdOp, String bevindingen) {}
}
