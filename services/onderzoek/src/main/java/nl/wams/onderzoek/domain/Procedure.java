package nl.wams.onderzoek.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.wams.commons.bsn.Bsn;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * The Wams procedure: the dossier of one onderzoek. It holds the rules that concern the dossier as
 * a whole — the client sets the scope, a member who refuses stays out, problems lie within the
 * scope, the conclusion follows {@link Coordinatieregel} and fixes the dossier.
 */
@Entity
@Table(name = "procedure")
public class Procedure {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  @Id private UUID id;
  private String gemeentecode;

  @Enumerated(EnumType.STRING)
  @Column(name = "ingang_soort")
  private Ingangssoort ingangSoort;

  @Column(name = "ingang_aanmelding")
  private String ingangAanmelding;

  @Enumerated(EnumType.STRING)
  private ProcedureStatus status;

  @Column(name = "gestart_op")
  private Instant gestartOp;

  private String onderzoeker;

  @Column(name = "betrokkene_bsn")
  private String betrokkeneBsn;

  @Column(name = "voortdurend_en_terugkerend")
  private Boolean voortdurendEnTerugkerend;

  private String motivering;

  @Column(name = "herhaald_onderzoek")
  private boolean herhaaldOnderzoek;

  @Column(name = "herhaling_motivering")
  private String herhalingMotivering;

  /** Life area → true when it is a broadening beyond the client's own choice. */
  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "reikwijdte_leefgebied", joinColumns = @JoinColumn(name = "procedure_id"))
  @MapKeyColumn(name = "leefgebied")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "verbreding")
  private Map<Leefgebied, Boolean> reikwijdte = new EnumMap<>(Leefgebied.class);

  @Column(name = "reikwijdte_motivering_ernstig")
  private String motiveringErnstigeProblematiek;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @JoinColumn(name = "procedure_id", nullable = false)
  @OrderBy("volgnummer")
  private List<Huishoudlid> huishoudleden = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @JoinColumn(name = "procedure_id", nullable = false)
  @OrderBy("volgnummer")
  private List<Probleem> problemen = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @JoinColumn(name = "procedure_id", nullable = false)
  @OrderBy("volgnummer")
  private List<Interventie> interventies = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @JoinColumn(name = "procedure_id", nullable = false)
  @OrderBy("volgnummer")
  private List<Gegevensverzoek> gegevensverzoeken = new ArrayList<>();

  @Embedded private Conclusie conclusie;

  @Version private long versie;

  protected Procedure() {}

  /** Starts a procedure; the input must have passed {@link StartRegels}. */
  public static Procedure start(
      StartInvoer invoer, String onderzoeker, boolean herhaaldOnderzoek, Instant gestartOp) {
    Procedure procedure = new Procedure();
    procedure.id = UUID.randomUUID();
    procedure.gemeentecode = invoer.gemeentecode();
    procedure.ingangSoort = invoer.ingang();
    procedure.ingangAanmelding = invoer.aanmelding();
    procedure.status = ProcedureStatus.ONDERZOEK;
    procedure.gestartOp = gestartOp;
    procedure.onderzoeker = onderzoeker;
    procedure.betrokkeneBsn = Bsn.of(invoer.bsn()).value();
    procedure.voortdurendEnTerugkerend = invoer.voortdurendEnTerugkerend();
    procedure.motivering = invoer.motivering();
    procedure.herhaaldOnderzoek = herhaaldOnderzoek;
    procedure.herhalingMotivering = invoer.herhalingMotivering();
    return procedure;
  }

  /**
   * The client sets the scope. Broadening beyond it is for serious problems only and is motivated.
   * Problems outside the new scope leave the dossier: the client decides what is investigated.
   */
  public void stelReikwijdteVast(
      Set<Leefgebied> keuzeVanClient, Set<Leefgebied> verbreding, String motiveringErnstig) {
    inOnderzoek();
    if (!verbreding.isEmpty() && motiveringErnstig == null) {
      throw new Regelschending(
          "motiveringErnstigeProblematiek",
          "required",
          "Breder onderzoeken dan de cliënt wil mag alleen bij ernstige problematiek; motiveer dat.");
    }
    if (verbreding.isEmpty() && motiveringErnstig != null) {
      throw new Regelschending(
          "motiveringErnstigeProblematiek",
          "not-allowed",
          "Er is geen verbreding om te motiveren.");
    }
    Set<Leefgebied> dubbel = new HashSet<>(keuzeVanClient);
    dubbel.retainAll(verbreding);
    if (!dubbel.isEmpty()) {
      throw new Regelschending(
          "verbreding", "invalid", "Een leefgebied in de keuze van de cliënt is geen verbreding.");
    }
    reikwijdte.clear();
    keuzeVanClient.forEach(l -> reikwijdte.put(l, false));
    verbreding.forEach(l -> reikwijdte.put(l, true));
    motiveringErnstigeProblematiek = motiveringErnstig;
    problemen.removeIf(p -> !reikwijdte.containsKey(p.leefgebied()));
  }

  public Huishoudlid voegHuishoudlidToe(
      Relatie relatie, String bsn, String omschrijving, boolean medewerking) {
    inOnderzoek();
    if (medewerking && bsn == null && omschrijving == null) {
      throw new Regelschending(
          "bsn", "required", "Geef het BSN of een omschrijving van een huishoudlid dat meewerkt.");
    }
    if (bsn != null && !Bsn.isValid(bsn)) {
      throw new Regelschending(
          "bsn", "invalid-bsn", "Dit is geen geldig BSN (de elfproef klopt niet).");
    }
    Huishoudlid lid =
        new Huishoudlid(huishoudleden.size() + 1, relatie, bsn, omschrijving, medewerking);
    huishoudleden.add(lid);
    return lid;
  }

  /** A member refuses: their identity and the problems about them leave the dossier. */
  public void weigerMedewerking(UUID lidId) {
    inOnderzoek();
    Huishoudlid lid = huishoudlid(lidId);
    lid.weigert();
    problemen.removeIf(p -> lidId.equals(p.huishoudlid()));
  }

  public Probleem voegProbleemToe(
      Leefgebied leefgebied, Domein domein, String omschrijving, UUID huishoudlidId) {
    inOnderzoek();
    if (reikwijdte.isEmpty()) {
      throw new OngeldigeToestand("Leg eerst de reikwijdte vast die de cliënt bepaalt.");
    }
    if (!reikwijdte.containsKey(leefgebied)) {
      throw new Regelschending(
          "leefgebied",
          "buiten-reikwijdte",
          "Dit leefgebied valt buiten de reikwijdte van het onderzoek.");
    }
    if (huishoudlidId != null) {
      Huishoudlid lid =
          huishoudleden.stream()
              .filter(h -> h.id().equals(huishoudlidId))
              .findFirst()
              .orElseThrow(
                  () ->
                      new Regelschending(
                          "huishoudlid", "invalid", "Dit huishoudlid staat niet in het dossier."));
      if (!lid.medewerking()) {
        throw new Regelschending(
            "huishoudlid",
            "weigert-medewerking",
            "Dit huishoudlid werkt niet mee; zijn gegevens blijven buiten het dossier.");
      }
    }
    Probleem probleem =
        new Probleem(volgnummer(problemen), leefgebied, domein, omschrijving, huishoudlidId);
    problemen.add(probleem);
    return probleem;
  }

  public Interventie voegInterventieToe(
      Domein domein,
      String omschrijving,
      String aanbieder,
      boolean lopend,
      LocalDate vanaf,
      LocalDate tot) {
    inOnderzoek();
    if (!lopend && tot == null) {
      throw new Regelschending("tot", "required", "Een eerdere interventie heeft een einddatum.");
    }
    if (lopend && tot != null) {
      throw new Regelschending(
          "tot", "not-allowed", "Een lopende interventie heeft nog geen einddatum.");
    }
    if (tot != null && tot.isBefore(vanaf)) {
      throw new Regelschending("tot", "invalid", "De einddatum ligt voor de begindatum.");
    }
    Interventie interventie =
        new Interventie(
            volgnummer(interventies), domein, omschrijving, aanbieder, lopend, vanaf, tot);
    interventies.add(interventie);
    return interventie;
  }

  public Gegevensverzoek voegGegevensverzoekToe(
      String partij,
      String doel,
      List<String> categorieen,
      String grondslag,
      LocalDate uiterlijkOp,
      Instant nu) {
    inOnderzoek();
    if (uiterlijkOp.isBefore(LocalDate.ofInstant(nu, NL))) {
      throw new Regelschending("uiterlijkOp", "invalid", "De termijn ligt in het verleden.");
    }
    Gegevensverzoek verzoek =
        new Gegevensverzoek(
            volgnummer(gegevensverzoeken), partij, doel, categorieen, grondslag, uiterlijkOp, nu);
    gegevensverzoeken.add(verzoek);
    return verzoek;
  }

  /** An answer may still arrive; it is recorded while the onderzoek runs. */
  public void beantwoordGegevensverzoek(
      UUID verzoekId,
      AntwoordUitkomst uitkomst,
      String verstrekt,
      String weigeringsgrond,
      Instant nu) {
    inOnderzoek();
    gegevensverzoeken.stream()
        .filter(v -> v.id().equals(verzoekId))
        .findFirst()
        .orElseThrow(
            () -> new NietGevonden("Er is geen gegevensverzoek met deze sleutel in dit dossier."))
        .beantwoord(uitkomst, verstrekt, weigeringsgrond, nu);
  }

  /**
   * Withholds one item (problem, intervention or data request) from the client's inzage. Allowed
   * after the conclusion too: the dossier's content does not change.
   */
  public void beperkInzage(
      UUID onderdeel, InzageBeperkingGrond grond, String reden, String door, Instant nu) {
    InzageBeperking beperking = InzageBeperking.van(grond, reden, door, nu);
    problemen.stream()
        .filter(p -> p.id().equals(onderdeel))
        .findFirst()
        .ifPresentOrElse(
            p -> p.beperkInzage(beperking),
            () ->
                interventies.stream()
                    .filter(i -> i.id().equals(onderdeel))
                    .findFirst()
                    .ifPresentOrElse(
                        i -> i.beperkInzage(beperking),
                        () ->
                            gegevensverzoeken.stream()
                                .filter(v -> v.id().equals(onderdeel))
                                .findFirst()
                                .orElseThrow(
                                    () ->
                                        new NietGevonden(
                                            "Dit dossier heeft geen probleem, interventie of"
                                                + " gegevensverzoek met deze sleutel."))
                                .beperkInzage(beperking)));
  }

  /** Records the conclusion by the rule of table 4.1 and fixes the dossier. */
  public Conclusie concludeer(ConclusieInvoer invoer, Instant nu) {
    inOnderzoek();
    if (reikwijdte.isEmpty()) {
      throw new OngeldigeToestand("Leg eerst de reikwijdte vast die de cliënt bepaalt.");
    }
    List<Regelovertreding> fouten = new ArrayList<>();
    LocalDate vandaag = LocalDate.ofInstant(nu, NL);
    if (invoer.clientGeinformeerdOp().isAfter(vandaag)
        || invoer.clientGeinformeerdOp().isBefore(LocalDate.ofInstant(gestartOp, NL))) {
      fouten.add(
          new Regelovertreding(
              "clientGeinformeerdOp",
              "invalid",
              "De cliënt is geïnformeerd tussen de start van het onderzoek en vandaag."));
    }
    Uitkomst uitkomst =
        Coordinatieregel.bepaal(
            problemen.stream().map(Probleem::domein).toList(),
            invoer.gecoordineerdeAanpakWenselijk());
    boolean coordinatie =
        uitkomst == Uitkomst.COORDINATIE_VERPLICHT || uitkomst == Uitkomst.COORDINATIE_OPTIONEEL;
    if (invoer.clientCoordineertZelf() && !coordinatie) {
      fouten.add(
          new Regelovertreding(
              "clientCoordineertZelf",
              "not-allowed",
              "Zelf coördineren kan alleen als er een gecoördineerde aanpak komt (uitkomst "
                  + uitkomst
                  + ")."));
    }
    if (!invoer.clientondersteuningAangeboden()
        && Boolean.TRUE.equals(invoer.clientondersteuningGebruikt())) {
      fouten.add(
          new Regelovertreding(
              "clientondersteuningGebruikt",
              "invalid",
              "Cliëntondersteuning kan alleen gebruikt zijn als die is aangeboden."));
    }
    if (!fouten.isEmpty()) {
      throw new Regelschending(fouten);
    }
    conclusie =
        new Conclusie(
            uitkomst,
            invoer.gecoordineerdeAanpakWenselijk(),
            invoer.motivering(),
            invoer.clientGeinformeerdOp(),
            invoer.clientGeinformeerdWijze(),
            invoer.clientCoordineertZelf(),
            invoer.clientondersteuningAangeboden(),
            invoer.clientondersteuningGebruikt(),
            nu);
    status = ProcedureStatus.AFGEROND;
    return conclusie;
  }

  private void inOnderzoek() {
    if (status != ProcedureStatus.ONDERZOEK) {
      throw new OngeldigeToestand("De conclusie is vastgelegd; het dossier ligt vast.");
    }
  }

  private Huishoudlid huishoudlid(UUID lidId) {
    return huishoudleden.stream()
        .filter(h -> h.id().equals(lidId))
        .findFirst()
        .orElseThrow(
            () -> new NietGevonden("Er is geen huishoudlid met deze sleutel in dit dossier."));
  }

  private static int volgnummer(List<?> lijst) {
    return lijst.size() + 1;
  }

  /** The domains of the problems within scope, split as the conclusion shows them. */
  public List<Domein> sdWetten() {
    return problemen.stream()
        .map(Probleem::domein)
        .distinct()
        .filter(Domein::isSdWet)
        .sorted()
        .toList();
  }

  public List<Domein> aanpalendeDomeinen() {
    return problemen.stream()
        .map(Probleem::domein)
        .distinct()
        .filter(d -> !d.isSdWet())
        .sorted()
        .toList();
  }

  public UUID id() {
    return id;
  }

  public String gemeentecode() {
    return gemeentecode;
  }

  public Ingangssoort ingangSoort() {
    return ingangSoort;
  }

  public String ingangAanmelding() {
    return ingangAanmelding;
  }

  public ProcedureStatus status() {
    return status;
  }

  public Instant gestartOp() {
    return gestartOp;
  }

  public String onderzoeker() {
    return onderzoeker;
  }

  public String betrokkeneBsn() {
    return betrokkeneBsn;
  }

  public Boolean voortdurendEnTerugkerend() {
    return voortdurendEnTerugkerend;
  }

  public String motivering() {
    return motivering;
  }

  public boolean herhaaldOnderzoek() {
    return herhaaldOnderzoek;
  }

  public String herhalingMotivering() {
    return herhalingMotivering;
  }

  public Map<Leefgebied, Boolean> reikwijdte() {
    return Map.copyOf(reikwijdte);
  }

  public String motiveringErnstigeProblematiek() {
    return motiveringErnstigeProblematiek;
  }

  public List<Huishoudlid> huishoudleden() {
    return List.copyOf(huishoudleden);
  }

  public List<Probleem> problemen() {
    return List.copyOf(problemen);
  }

  public List<Interventie> interventies() {
    return List.copyOf(interventies);
  }

  public List<Gegevensverzoek> gegevensverzoeken() {
    return List.copyOf(gegevensverzoeken);
  }

  public Conclusie conclusie() {
    return conclusie;
  }

  public long versie() {
    return versie;
  }
}
