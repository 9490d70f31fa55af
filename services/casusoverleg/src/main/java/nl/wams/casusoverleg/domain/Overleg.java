package nl.wams.casusoverleg.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One casusoverleg: its participants, invitations, inbreng, agreements and requests for further
 * processing, as one aggregate with one version (every change, also to a request, is a new version
 * of the overleg). An identified overleg refers to its procedure at onderzoek by URL and keeps only
 * its municipality; it holds no personal data of the client beyond what is shared in it. An
 * anonymous overleg holds none at all ({@link AnoniemRegels}).
 */
@Entity
@Table(name = "overleg")
public class Overleg {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private OverlegSoort soort;

  @Enumerated(EnumType.STRING)
  private Fase fase;

  private String procedure;

  private String gemeentecode;

  private String onderwerp;

  @Column(name = "gepland_op")
  private Instant geplandOp;

  @Enumerated(EnumType.STRING)
  private OverlegStatus status;

  private String organisator;

  @Column(name = "aangemaakt_op")
  private Instant aangemaaktOp;

  @Column(name = "gehouden_op")
  private Instant gehoudenOp;

  // The parts belong to the aggregate: every answer is built from them, also after the transaction.
  // Loaded with separate (batched) selects, not joined: five lists would multiply.

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "deelnemer", joinColumns = @JoinColumn(name = "overleg_id"))
  @OrderColumn(name = "volgnummer")
  private List<Deelnemer> deelnemers = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "uitnodiging", joinColumns = @JoinColumn(name = "overleg_id"))
  @OrderColumn(name = "volgnummer")
  private List<Uitnodiging> uitnodigingen = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "inbreng", joinColumns = @JoinColumn(name = "overleg_id"))
  @OrderColumn(name = "volgnummer")
  private List<Inbreng> inbreng = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "afspraak", joinColumns = @JoinColumn(name = "overleg_id"))
  @OrderColumn(name = "volgnummer")
  private List<Afspraak> afspraken = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "verzoek", joinColumns = @JoinColumn(name = "overleg_id"))
  @OrderColumn(name = "volgnummer")
  private List<Verzoek> verzoeken = new ArrayList<>();

  @Version private long versie;

  protected Overleg() {}

  /**
   * Plans an overleg. For an identified one the procedure's facts were fetched on the organiser's
   * behalf; the phase must fit the procedure's state. An anonymous one takes the organiser's
   * municipality.
   *
   * @param procedure the canonical URL of the procedure (null for an anonymous overleg)
   * @param feiten what onderzoek said of it (null for an anonymous overleg)
   */
  public static Overleg plan(
      OverlegInvoer invoer,
      URI procedure,
      ProcedureFeiten feiten,
      String gemeentecode,
      String organisator,
      Instant nu) {
    controleerPlanning(invoer);
    if (feiten != null) {
      if (invoer.fase() == Fase.ONDERZOEK && !feiten.inOnderzoek()) {
        throw new OngeldigeToestand(
            "Het onderzoek van deze procedure is afgerond; een overleg in de fase ONDERZOEK kan"
                + " niet meer. Na een conclusie met coördinatie organiseert de coördinator het"
                + " overleg in de fase UITVOERING.");
      }
      if (invoer.fase() == Fase.UITVOERING && !feiten.gecoordineerdeAanpak()) {
        throw new OngeldigeToestand(
            "Deze procedure heeft geen conclusie COORDINATIE_VERPLICHT of COORDINATIE_OPTIONEEL;"
                + " een overleg in de fase UITVOERING hoort bij een gecoördineerde aanpak.");
      }
    }
    Overleg overleg = new Overleg();
    overleg.id = UUID.randomUUID();
    overleg.soort = invoer.soort();
    overleg.fase = invoer.fase();
    overleg.procedure = procedure == null ? null : procedure.toString();
    overleg.gemeentecode = gemeentecode;
    overleg.onderwerp = invoer.onderwerp();
    overleg.geplandOp = invoer.geplandOp();
    overleg.status = OverlegStatus.GEPLAND;
    overleg.organisator = organisator;
    overleg.aangemaaktOp = nu;
    return overleg;
  }

  /** The rules of planning, checked before anything is fetched for it. */
  public static void controleerPlanning(OverlegInvoer invoer) {
    Regelschending.weigerBij(OverlegRegels.controleerPlanning(invoer));
  }

  public Deelnemer voegDeelnemerToe(DeelnemerInvoer invoer) {
    alleenGepland("Na het overleg komen er geen deelnemers meer bij.");
    Regelschending.weigerBij(OverlegRegels.controleerDeelnemer(invoer, deelnemers, anoniem()));
    Deelnemer deelnemer =
        new Deelnemer(
            UUID.randomUUID(),
            invoer.organisatie().strip(),
            invoer.domein(),
            invoer.rol(),
            invoer.handhavend(),
            invoer.noodzaak(),
            null);
    deelnemers.add(deelnemer);
    return deelnemer;
  }

  public Uitnodiging nodigUit(UitnodigingInvoer invoer) {
    Regelschending.weigerBij(OverlegRegels.controleerUitnodiging(invoer, anoniem()));
    alleenGepland("Het overleg is al gehouden; uitnodigen kan niet meer.");
    Uitnodiging uitnodiging =
        new Uitnodiging(
            UUID.randomUUID(),
            invoer.genodigde(),
            invoer.naam(),
            invoer.uitgenodigdOp(),
            invoer.wijze(),
            null);
    uitnodigingen.add(uitnodiging);
    return uitnodiging;
  }

  /** Records that the overleg was held, and who attended; once. */
  public void rondAf(AfrondingInvoer invoer, LocalDate vandaag) {
    alleenGepland("Dit overleg is al als gehouden vastgelegd.");
    Regelschending.weigerBij(
        OverlegRegels.controleerAfronding(invoer, anoniem(), deelnemers, uitnodigingen, vandaag));
    deelnemers.replaceAll(d -> d.metAanwezigheid(invoer.aanwezigeDeelnemers().contains(d.id())));
    uitnodigingen.replaceAll(
        u -> u.metAanwezigheid(invoer.aanwezigeUitgenodigden().contains(u.id())));
    status = OverlegStatus.GEHOUDEN;
    gehoudenOp = invoer.gehoudenOp();
  }

  public Inbreng brengIn(InbrengInvoer invoer, Instant nu) {
    Regelschending.weigerBij(InbrengRegels.controleer(invoer, deelnemers, anoniem()));
    Inbreng nieuw =
        new Inbreng(
            UUID.randomUUID(),
            invoer.verstrekker(),
            invoer.categorie(),
            invoer.inhoud(),
            invoer.nietVerderVerstrekken(),
            invoer.nietVoorHandhaving(),
            new Ontvangers(invoer.alleenVoor()),
            nu);
    inbreng.add(nieuw);
    return nieuw;
  }

  public Afspraak legAfspraakVast(AfspraakInvoer invoer, Instant nu) {
    Regelschending.weigerBij(OverlegRegels.controleerAfspraak(invoer, deelnemers, anoniem()));
    Afspraak afspraak =
        new Afspraak(
            UUID.randomUUID(), invoer.omschrijving(), invoer.partij(), invoer.deadline(), nu);
    afspraken.add(afspraak);
    return afspraak;
  }

  /**
   * @param verzoekerHandhavend whether the requester counts as having an enforcement task (its
   *     record, or the role of the partner submitting)
   */
  public Verzoek dienVerzoekIn(VerzoekInvoer invoer, boolean verzoekerHandhavend, Instant nu) {
    if (anoniem()) {
      throw new OngeldigeToestand(
          "Een anoniem overleg deelt geen persoonsgegevens; er is niets om verder te verwerken.");
    }
    Optional<Deelnemer> verzoeker = InbrengRegels.zoek(deelnemers, invoer.verzoeker());
    Optional<Inbreng> gevraagd = inbreng(invoer.inbreng());
    Regelschending.weigerBij(
        VerzoekRegels.controleer(
            invoer,
            verzoeker,
            gevraagd,
            verzoekerHandhavend || verzoeker.map(Deelnemer::handhavend).orElse(false)));
    Verzoek verzoek = Verzoek.ingediend(invoer, gevraagd.get(), verzoeker.get(), nu);
    verzoeken.add(verzoek);
    return verzoek;
  }

  public Verzoek stemIn(UUID verzoek, boolean instemming, String toelichting, Instant nu) {
    return wijzigVerzoek(verzoek, v -> v.metInstemming(instemming, toelichting, nu));
  }

  public Verzoek beoordeel(UUID verzoek, boolean noodzakelijk, String toelichting, Instant nu) {
    if (OverlegRegels.leeg(toelichting)) {
      throw new Regelschending(
          List.of(
              new Regelovertreding(
                  "toelichting",
                  OverlegRegels.NIET_LEEG,
                  "Licht toe waarom de verwerking wel of niet noodzakelijk is.")));
    }
    return wijzigVerzoek(verzoek, v -> v.metBeoordeling(noodzakelijk, toelichting, nu));
  }

  public Optional<Inbreng> inbreng(UUID id) {
    return inbreng.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Optional<Verzoek> verzoek(UUID id) {
    return verzoeken.stream().filter(v -> v.id().equals(id)).findFirst();
  }

  private Verzoek wijzigVerzoek(UUID id, UnaryOperator<Verzoek> wijziging) {
    for (int i = 0; i < verzoeken.size(); i++) {
      if (verzoeken.get(i).id().equals(id)) {
        Verzoek gewijzigd = wijziging.apply(verzoeken.get(i));
        verzoeken.set(i, gewijzigd);
        return gewijzigd;
      }
    }
    throw new IllegalArgumentException("No request " + id + " in this overleg");
  }

  private void alleenGepland(String reden) {
    if (status != OverlegStatus.GEPLAND) {
      throw new OngeldigeToestand(reden);
    }
  }

  public boolean anoniem() {
    return soort == OverlegSoort.ANONIEM;
  }

  public UUID id() {
    return id;
  }

  public OverlegSoort soort() {
    return soort;
  }

  public Fase fase() {
    return fase;
  }

  public Optional<URI> procedure() {
    return Optional.ofNullable(procedure).map(URI::create);
  }

  public String gemeentecode() {
    return gemeentecode;
  }

  public String onderwerp() {
    return onderwerp;
  }

  public Instant geplandOp() {
    return geplandOp;
  }

  public OverlegStatus status() {
    return status;
  }

  public String organisator() {
    return organisator;
  }

  public Instant aangemaaktOp() {
    return aangemaaktOp;
  }

  public Optional<Instant> gehoudenOp() {
    return Optional.ofNullable(gehoudenOp);
  }

  public List<Deelnemer> deelnemers() {
    return List.copyOf(deelnemers);
  }

  public List<Uitnodiging> uitnodigingen() {
    return List.copyOf(uitnodigingen);
  }

  public List<Inbreng> inbreng() {
    return List.copyOf(inbreng);
  }

  public List<Afspraak> afspraken() {
    return List.copyOf(afspraken);
  }

  public List<Verzoek> verzoeken() {
    return List.copyOf(verzoeken);
  }

  public long versie() {
    return versie;
  }
}
