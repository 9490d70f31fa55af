package nl.wams.coordinatie.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Who can be appointed (WAMS.md §2, §3): a coordinator from the municipality's fixed pool, still
 * active, of the same municipality as the procedure.
 */
public final class AanstellingRegels {

  private AanstellingRegels() {}

  public static List<Regelovertreding> controleer(String gemeentecode, Coordinator coordinator) {
    List<Regelovertreding> fouten = new ArrayList<>();
    if (!coordinator.actief()) {
      fouten.add(
          new Regelovertreding(
              "coordinator",
              "coordinator-niet-actief",
              "Deze coördinator is niet meer actief in de pool."));
    }
    if (!coordinator.gemeentecode().equals(gemeentecode)) {
      fouten.add(
          new Regelovertreding(
              "coordinator",
              "andere-gemeente",
              "Deze coördinator hoort bij de pool van een andere gemeente dan de procedure."));
    }
    return fouten;
  }
}
