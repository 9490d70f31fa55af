package nl.wams.casusoverleg.domain;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wams.commons.security.Caller;

/** Overleggen, participants and callers for the domain tests. */
final class Fixtures {

  static final Instant NU = Instant.parse("2026-03-02T10:00:00Z");
  static final URI PROCEDURE =
      URI.create("http://localhost:8082/onderzoek/v1/procedures/" + UUID.randomUUID());
  static final ProcedureFeiten IN_ONDERZOEK = new ProcedureFeiten("0363", true, false);

  private Fixtures() {}

  static Overleg geidentificeerd() {
    return Overleg.plan(
        new OverlegInvoer(
            OverlegSoort.GEIDENTIFICEERD,
            Fase.ONDERZOEK,
            PROCEDURE,
            "Schulden en woonsituatie",
            NU.plusSeconds(86400)),
        PROCEDURE,
        IN_ONDERZOEK,
        "0363",
        "onderzoeker-ams",
        NU);
  }

  static Overleg anoniem() {
    return Overleg.plan(
        new OverlegInvoer(
            OverlegSoort.ANONIEM,
            Fase.ONDERZOEK,
            null,
            "Gezin met schulden en schooluitval",
            NU.plusSeconds(86400)),
        null,
        null,
        "0363",
        "onderzoeker-ams",
        NU);
  }

  static DeelnemerInvoer deelnemer(String organisatie, Domein domein, boolean handhavend) {
    return new DeelnemerInvoer(
        organisatie, domein, "casemanager", handhavend, "Betrokken bij de hulp aan de cliënt.");
  }

  static Deelnemer ggz(Overleg overleg) {
    return overleg.voegDeelnemerToe(deelnemer("GGZ Noord", Domein.ZORG, false));
  }

  static Deelnemer corporatie(Overleg overleg) {
    return overleg.voegDeelnemerToe(deelnemer("Woonstichting De Linde", Domein.WONEN, true));
  }

  static InbrengInvoer inbreng(
      Deelnemer verstrekker,
      Gegevenscategorie categorie,
      boolean nietVoorHandhaving,
      List<UUID> alleenVoor) {
    return new InbrengInvoer(
        verstrekker.id(),
        categorie,
        "Wat " + verstrekker.organisatie() + " deelt.",
        false,
        nietVoorHandhaving,
        alleenVoor);
  }

  static Caller medewerker(String rol, String gemeente) {
    return new Caller(
        rol + "-" + gemeente,
        Set.of(rol),
        java.util.Optional.of(gemeente),
        java.util.Optional.empty(),
        java.util.Optional.empty());
  }

  static Caller partner(String rol, String organisatie) {
    return new Caller(
        rol,
        Set.of(rol),
        java.util.Optional.empty(),
        java.util.Optional.of(organisatie),
        java.util.Optional.empty());
  }
}
