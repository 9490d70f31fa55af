package nl.wams.coordinatie.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * The coordinated approach of one Wams procedure ("één gezin, één plan, één regisseur"): the
 * appointed coordinator, the decision, the plan and the end. It refers to the procedure at
 * onderzoek by its URL and keeps only the few facts of it that its own rules need (see {@link
 * ProcedureFeiten}); it holds no personal data of the client.
 */
@Entity
@Table(name = "aanpak")
public class Aanpak {

  @Id private UUID id;

  private String procedure;

  private String gemeentecode;

  @Enumerated(EnumType.STRING)
  private Coordinatieplicht coordinatieplicht;

  @Column(name = "client_coordineert_zelf")
  private boolean clientCoordineertZelf;

  /**
   * Kept from onderzoek at creation rather than fetched when the approach ends: the start of a
   * procedure never changes, the lead time must not depend on onderzoek being reachable, and the
   * coordinator who ends the approach may not see the dossier at onderzoek at all.
   */
  @Column(name = "procedure_gestart_op")
  private Instant procedureGestartOp;

  @Column(name = "aangemaakt_op")
  private Instant aangemaaktOp;

  @Enumerated(EnumType.STRING)
  private AanpakStatus status;

  @ManyToOne
  @JoinColumn(name = "coordinator_id")
  private Coordinator coordinator;

  @Enumerated(EnumType.STRING)
  private Intensiteit intensiteit;

  @Column(name = "aangesteld_op")
  private Instant aangesteldOp;

  @Embedded private Besluit besluit;

  // The plan is part of the aggregate: every answer shows it and every rule reads it, also after
  // the
  // transaction. Loaded with separate (batched) selects, not joined: three lists would multiply.

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "doel", joinColumns = @JoinColumn(name = "aanpak_id"))
  @OrderColumn(name = "volgnummer")
  private List<Doel> doelen = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "actie", joinColumns = @JoinColumn(name = "aanpak_id"))
  @OrderColumn(name = "volgnummer")
  private List<Actie> acties = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "evaluatiemoment", joinColumns = @JoinColumn(name = "aanpak_id"))
  @OrderColumn(name = "volgnummer")
  private List<Evaluatiemoment> evaluatiemomenten = new ArrayList<>();

  private LocalDate einddatum;

  @Embedded private Beeindiging beeindiging;

  @Version private long versie;

  protected Aanpak() {}

  /**
   * The aanpak of a procedure whose conclusion calls for coordination (table 4.1): mandatory or
   * optional. Any other outcome, or no conclusion yet, has no coordinated approach.
   */
  public static Aanpak voor(URI procedure, ProcedureFeiten feiten, Instant nu) {
    Aanpak aanpak = new Aanpak();
    aanpak.id = UUID.randomUUID();
    aanpak.procedure = procedure.toString();
    aanpak.gemeentecode = feiten.gemeentecode();
    aanpak.coordinatieplicht = coordinatieplicht(feiten.uitkomst());
    aanpak.clientCoordineertZelf = feiten.clientCoordineertZelf();
    aanpak.procedureGestartOp = feiten.gestartOp();
    aanpak.aangemaaktOp = nu;
    aanpak.status = AanpakStatus.NIEUW;
    return aanpak;
  }

  static Coordinatieplicht coordinatieplicht(Uitkomst uitkomst) {
    if (uitkomst == null) {
      throw new OngeldigeToestand(
          "Het onderzoek van deze procedure heeft nog geen conclusie; een aanpak volgt op een"
              + " conclusie COORDINATIE_VERPLICHT of COORDINATIE_OPTIONEEL.");
    }
    return switch (uitkomst) {
      case COORDINATIE_VERPLICHT -> Coordinatieplicht.VERPLICHT;
      case COORDINATIE_OPTIONEEL -> Coordinatieplicht.OPTIONEEL;
      case ENKELVOUDIG, GEEN_MEERVOUDIGE_PROBLEMATIEK ->
          throw new OngeldigeToestand(
              "De conclusie van deze procedure is "
                  + uitkomst
                  + ": daar hoort geen gecoördineerde aanpak bij. Een aanpak volgt alleen op"
                  + " COORDINATIE_VERPLICHT of COORDINATIE_OPTIONEEL.");
    };
  }

  /** Appoints (or replaces) the coordinator while the approach runs or is being prepared. */
  public void stelAan(Coordinator nieuw, Intensiteit intensiteit, Instant nu) {
    alleenLopend("Deze aanpak is " + status + "; er wordt geen coördinator meer aangesteld.");
    if (besluit != null && besluit.soort() == BesluitSoort.CLIENT_COORDINEERT_ZELF) {
      throw new OngeldigeToestand(
          "De cliënt coördineert zelf; er wordt geen coördinator aangesteld.");
    }
    Regelschending.weigerBij(AanstellingRegels.controleer(gemeentecode, nieuw));
    this.coordinator = nieuw;
    this.intensiteit = intensiteit;
    this.aangesteldOp = nu;
  }

  /** Records the decision, once; see {@link BesluitRegels}. */
  public void neemBesluit(BesluitSoort soort, String motivering, Instant nu) {
    if (status != AanpakStatus.NIEUW) {
      throw new OngeldigeToestand("Over deze aanpak is al besloten.");
    }
    Regelschending.weigerBij(
        BesluitRegels.controleer(
            coordinatieplicht,
            clientCoordineertZelf,
            coordinator != null,
            einddatum,
            evaluatiemomenten,
            soort,
            motivering));
    besluit = new Besluit(soort, motivering, nu);
    status =
        soort == BesluitSoort.GEEN_COORDINATIE
            ? AanpakStatus.GEEN_COORDINATIE
            : AanpakStatus.ACTIEF;
  }

  /** Replaces the plan; parts named by id keep their id. See {@link PlanRegels}. */
  public void legPlanVast(PlanInvoer plan, LocalDate vandaag) {
    alleenLopend("Deze aanpak is " + status + "; het plan ligt vast.");
    Regelschending.weigerBij(
        PlanRegels.controleer(
            plan, doelen, acties, evaluatiemomenten, status == AanpakStatus.ACTIEF, vandaag));
    List<Doel> nieuweDoelen =
        plan.doelen().stream().map(d -> new Doel(idOfNieuw(d.id()), d.omschrijving())).toList();
    List<Actie> nieuweActies =
        plan.acties().stream()
            .map(
                a ->
                    new Actie(
                        idOfNieuw(a.id()),
                        a.omschrijving(),
                        a.partij(),
                        a.eigenaar(),
                        a.deadline(),
                        a.status(),
                        a.blokkadeReden()))
            .toList();
    List<Evaluatiemoment> nieuweEvaluaties =
        plan.evaluatiemomenten().stream()
            .map(
                e ->
                    new Evaluatiemoment(
                        idOfNieuw(e.id()), e.geplandOp(), e.uitgevoerdOp(), e.bevindingen()))
            .toList();
    vervang(doelen, nieuweDoelen);
    vervang(acties, nieuweActies);
    vervang(evaluatiemomenten, nieuweEvaluaties);
    einddatum = plan.einddatum();
  }

  /** Ends the active approach; see {@link BeeindigingRegels}. */
  public void beeindig(
      BeeindigingReden reden, String toelichting, LocalDate datum, LocalDate vandaag) {
    if (status != AanpakStatus.ACTIEF) {
      throw new OngeldigeToestand(
          "Alleen een actieve aanpak kan worden beëindigd; deze is " + status + ".");
    }
    Regelschending.weigerBij(
        BeeindigingRegels.controleer(reden, toelichting, datum, procedureGestartOp, vandaag));
    beeindiging = new Beeindiging(reden, toelichting, datum);
    status = AanpakStatus.BEEINDIGD;
  }

  /** The earliest planned evaluation that has not been held. */
  public Optional<LocalDate> volgendeEvaluatieOp() {
    return evaluatiemomenten.stream()
        .filter(e -> !e.uitgevoerd())
        .map(Evaluatiemoment::geplandOp)
        .min(Comparator.naturalOrder());
  }

  /** An active approach whose planned evaluation day passed without the evaluation being held. */
  public boolean evaluatieVerlopen(LocalDate vandaag) {
    return status == AanpakStatus.ACTIEF
        && evaluatiemomenten.stream().anyMatch(e -> e.verlopen(vandaag));
  }

  /** The lead time in days, once the approach has ended. */
  public Optional<Integer> doorlooptijdDagen() {
    return Optional.ofNullable(beeindiging)
        .filter(b -> b.datum() != null)
        .map(b -> Doorlooptijd.inDagen(procedureGestartOp, b.datum()));
  }

  private void alleenLopend(String reden) {
    if (!status.lopend()) {
      throw new OngeldigeToestand(reden);
    }
  }

  private static UUID idOfNieuw(UUID id) {
    return id == null ? UUID.randomUUID() : id;
  }

  private static <T> void vervang(List<T> huidig, List<T> nieuw) {
    huidig.clear();
    huidig.addAll(nieuw);
  }

  public UUID id() {
    return id;
  }

  public URI procedure() {
    return URI.create(procedure);
  }

  public String gemeentecode() {
    return gemeentecode;
  }

  public Coordinatieplicht coordinatieplicht() {
    return coordinatieplicht;
  }

  public boolean clientCoordineertZelf() {
    return clientCoordineertZelf;
  }

  public Instant procedureGestartOp() {
    return procedureGestartOp;
  }

  public Instant aangemaaktOp() {
    return aangemaaktOp;
  }

  public AanpakStatus status() {
    return status;
  }

  /** The appointed coordinator, if any. */
  public Optional<Coordinator> coordinator() {
    return Optional.ofNullable(coordinator);
  }

  public Intensiteit intensiteit() {
    return intensiteit;
  }

  public Instant aangesteldOp() {
    return aangesteldOp;
  }

  /** The decision, once taken. Hibernate gives an all-null embeddable as null. */
  public Optional<Besluit> besluit() {
    return Optional.ofNullable(besluit).filter(b -> b.soort() != null);
  }

  public List<Doel> doelen() {
    return List.copyOf(doelen);
  }

  public List<Actie> acties() {
    return List.copyOf(acties);
  }

  public List<Evaluatiemoment> evaluatiemomenten() {
    return List.copyOf(evaluatiemomenten);
  }

  public LocalDate einddatum() {
    return einddatum;
  }

  public Optional<Beeindiging> beeindiging() {
    return Optional.ofNullable(beeindiging).filter(b -> b.reden() != null);
  }

  public long versie() {
    return versie;
  }
}
