package nl.wams.casusoverleg.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request for further processing names a participant of this overleg as the requester and an
 * inbreng that this requester receives ({@link InbrengRegels}) and did not provide itself, with the
 * requester's own task and a non-blank motivation of why the processing is necessary for it. An
 * inbreng the requester does not receive is answered exactly as an unknown one, so the answer
 * reveals nothing about it.
 */
public final class VerzoekRegels {

  private VerzoekRegels() {}

  static List<Regelovertreding> controleer(
      VerzoekInvoer invoer,
      Optional<Deelnemer> verzoeker,
      Optional<Inbreng> inbreng,
      boolean verzoekerHandhavend) {
    List<Regelovertreding> overtredingen = new ArrayList<>();
    if (verzoeker.isEmpty()) {
      overtredingen.add(
          new Regelovertreding(
              "verzoeker",
              OverlegRegels.ONBEKEND,
              "De verzoeker is geen deelnemer van dit overleg."));
    } else if (inbreng.isEmpty()
        || !InbrengRegels.magOntvangen(inbreng.get(), verzoeker.get(), verzoekerHandhavend)) {
      overtredingen.add(
          new Regelovertreding(
              "inbreng",
              "niet-beschikbaar",
              "Dit overleg heeft geen inbreng met deze id die de verzoeker ontvangt."));
    } else if (inbreng.get().verstrekker().equals(verzoeker.get().id())) {
      overtredingen.add(
          new Regelovertreding(
              "verzoeker",
              "eigen-inbreng",
              "De verstrekker verwerkt zijn eigen gegevens al op eigen grond; dat vraagt geen verzoek."));
    }
    OverlegRegels.niet(OverlegRegels.leeg(invoer.eigenTaak()), "eigenTaak", overtredingen);
    if (OverlegRegels.leeg(invoer.motivering())) {
      overtredingen.add(
          new Regelovertreding(
              "motivering",
              "motivering-ontbreekt",
              "Motiveer waarom de verwerking noodzakelijk is voor de eigen taak."));
    }
    return overtredingen;
  }
}
