package nl.wams.coordinatie.domain;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.wams.commons.security.Caller;

/** Aanpakken, coordinators and callers for the domain tests. */
final class Fixtures {

  static final String AMSTERDAM = "0363";
  static final String UTRECHT = "0344";
  static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);
  static final Instant NU = Instant.parse("2026-03-10T09:00:00Z");

  /** The procedure started on 2026-01-05 (Dutch time: late evening UTC is the next day). */
  static final Instant GESTART = Instant.parse("2026-01-04T23:30:00Z");

  private Fixtures() {}

  static Aanpak aanpak(Uitkomst uitkomst) {
    return aanpak(uitkomst, false);
  }

  static Aanpak aanpak(Uitkomst uitkomst, boolean clientCoordineertZelf) {
    return Aanpak.voor(
        URI.create("http://localhost:8082/onderzoek/v1/procedures/" + UUID.randomUUID()),
        new ProcedureFeiten(AMSTERDAM, uitkomst, clientCoordineertZelf, GESTART),
        NU);
  }

  static Coordinator coordinator(String gebruikersnaam, String gemeentecode) {
    return Coordinator.nieuw(
        new CoordinatorInvoer(
            "C. de Regisseur",
            gebruikersnaam,
            "regisseur@example.org",
            "020-1234567",
            new Organisatie("Gemeente", OrganisatieSoort.GEMEENTE),
            gemeentecode));
  }

  static Caller caller(String username, String rol, String gemeente) {
    return new Caller(
        username, Set.of(rol), Optional.ofNullable(gemeente), Optional.empty(), Optional.empty());
  }

  static PlanInvoer.ActieInvoer actie(LocalDate deadline, ActieStatus status, String reden) {
    return new PlanInvoer.ActieInvoer(
        null, "Schuldhulp aanvragen", "Kredietbank", "A. Jansen", deadline, status, reden);
  }

  static PlanInvoer.EvaluatieInvoer evaluatie(LocalDate gepland) {
    return new PlanInvoer.EvaluatieInvoer(null, gepland, null, null);
  }

  static PlanInvoer plan(
      List<PlanInvoer.ActieInvoer> acties,
      List<PlanInvoer.EvaluatieInvoer> evaluaties,
      LocalDate einddatum) {
    return new PlanInvoer(
        List.of(new PlanInvoer.DoelInvoer(null, "Schulden stabiel")),
        acties,
        evaluaties,
        einddatum);
  }

  /** An aanpak that started with a coordinator and an evaluation in a month. */
  static Aanpak actieveAanpak(Uitkomst uitkomst, List<PlanInvoer.ActieInvoer> acties) {
    Aanpak aanpak = aanpak(uitkomst);
    aanpak.stelAan(coordinator("coordinator-ams", AMSTERDAM), Intensiteit.LICHT, NU);
    aanpak.legPlanVast(plan(acties, List.of(evaluatie(VANDAAG.plusMonths(1))), null), VANDAAG);
    aanpak.neemBesluit(BesluitSoort.GECOORDINEERDE_AANPAK, null, NU);
    return aanpak;
  }
}
