package nl.wams.casusoverleg.domain;

import java.util.List;
import java.util.UUID;

/** An inbreng as given, with the provider's conditions. */
public record InbrengInvoer(
    UUID verstrekker,
    Gegevenscategorie categorie,
    String inhoud,
    boolean nietVerderVerstrekken,
    boolean nietVoorHandhaving,
    List<UUID> alleenVoor) {

  public InbrengInvoer {
    alleenVoor = List.copyOf(alleenVoor);
  }
}
