package nl.wams.coordinatie.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a procedure (WAMS.md §3): it has a reason, and OVERIG is explained; it is recorded
 * when it happened, so the date lies not in the future, and not before the procedure started (the
 * lead time would be negative).
 */
public final class BeeindigingRegels {

  private BeeindigingRegels() {}

  public static List<Regelovertreding> controleer(
      BeeindigingReden reden,
      String toelichting,
      LocalDate datum,
      Instant procedureGestartOp,
      LocalDate vandaag) {
    List<Regelovertreding> fouten = new ArrayList<>();
    if (reden == BeeindigingReden.OVERIG && toelichting == null) {
      fouten.add(
          new Regelovertreding(
              "toelichting", "required", "Licht toe waarom de aanpak eindigt (reden OVERIG)."));
    }
    if (datum.isAfter(vandaag)) {
      fouten.add(
          new Regelovertreding(
              "datum",
              "in-de-toekomst",
              "Leg de beëindiging vast als ze gebeurd is; de datum ligt niet in de toekomst."));
    } else if (datum.isBefore(Kalender.dag(procedureGestartOp))) {
      fouten.add(
          new Regelovertreding(
              "datum",
              "voor-start",
              "De aanpak kan niet eindigen voor de start van de procedure."));
    }
    return fouten;
  }
}
