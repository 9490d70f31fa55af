package nl.wams.verslag.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.Caller;
import nl.wams.verslag.domain.Momentopname;
import nl.wams.verslag.domain.OngeldigeToestand;
import nl.wams.verslag.domain.Toegang;
import nl.wams.verslag.domain.Verslag;
import nl.wams.verslag.domain.VerslagVersie;
import nl.wams.verslag.domain.Verstrekking;

/**
 * The use cases of the reports, each one transaction. Every answer that discloses a report or part
 * of one names the people of the overleg's procedure (Wams-Betrokkenen, for the gateway's Logboek)
 * before anything changes; if onderzoek cannot name them, 503 and nothing is disclosed or changed.
 */
@ApplicationScoped
public class VerslagService {

  /** A version with its snapshot read back. */
  public record Versie(Verslag verslag, VerslagVersie versie, Momentopname inhoud) {}

  /** A participant's part of a version. */
  public record Deel(Versie versie, Momentopname.Deel deel) {}

  private final EntityManager em;
  private final Overleggen overleggen;
  private final ProcedureBetrokkenen betrokkenen;
  private final ObjectMapper json;
  private final Clock clock;

  VerslagService(
      EntityManager em,
      Overleggen overleggen,
      ProcedureBetrokkenen betrokkenen,
      ObjectMapper json,
      Clock clock) {
    this.em = em;
    this.overleggen = overleggen;
    this.betrokkenen = betrokkenen;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public Versie stelOp(URI overleg, Caller caller) {
    if (!Toegang.medewerker(caller)) {
      throw geenToegang();
    }
    URI canoniek = overleggen.canoniek(overleg);
    Overleggen.Stand stand = overleggen.haal(canoniek);
    if (!Toegang.organisator(caller, stand.inhoud().gemeentecode())) {
      throw geenToegang();
    }
    if (!stand.gehouden()) {
      throw ProblemException.conflict("Het overleg is nog niet gehouden; er is nog geen verslag.");
    }
    if (!em.createQuery("select v.id from Verslag v where v.overleg = :o", UUID.class)
        .setParameter("o", canoniek.toString())
        .getResultList()
        .isEmpty()) {
      throw ProblemException.conflict(
          "Dit overleg heeft al een verslag; werk dat bij met een vernieuwing.");
    }
    // Before the insert: if onderzoek cannot name the people, nothing is drafted (503).
    betrokkenen.noem(stand.procedure().stream().toList());
    Verslag verslag =
        Verslag.stelOp(
            stand.inhoud(), stand.procedure(), schrijf(stand.inhoud()), caller.username(), nu());
    em.persist(verslag);
    em.flush();
    return versie(verslag, verslag.laatste());
  }

  /**
   * Names the people of the report of this overleg, for an answer that did not pass {@link
   * #stelOp}: an idempotent creation replayed from its stored answer. Nothing when there is no such
   * report.
   */
  @Transactional
  public void noemBetrokkenen(URI overleg) {
    em.createQuery("from Verslag v where v.overleg = :o", Verslag.class)
        .setParameter("o", overleggen.canoniek(overleg).toString())
        .getResultStream()
        .findFirst()
        .ifPresent(this::noemBetrokkenen);
  }

  @Transactional
  public Versie vind(UUID id, Caller caller) {
    Verslag verslag = alsOrganisator(id, caller);
    noemBetrokkenen(verslag);
    return versie(verslag, verslag.laatste());
  }

  @Transactional
  public Versie versie(UUID id, int nummer, Caller caller) {
    Verslag verslag = alsOrganisator(id, caller);
    noemBetrokkenen(verslag);
    return versie(
        verslag,
        verslag
            .versie(nummer)
            .orElseThrow(
                () -> ProblemException.notFound("Dit verslag heeft geen versie " + nummer)));
  }

  @Transactional
  public Versie vernieuw(UUID id, String ifMatch, Caller caller) {
    Verslag verslag = alsOrganisator(id, caller);
    EntityTags.requireMatch(ifMatch, verslag.versie());
    Overleggen.Stand stand = overleggen.haal(verslag.overleg());
    verslag.kenProcedure(stand.procedure());
    noemBetrokkenen(verslag);
    VerslagVersie versie = verslag.vernieuw(schrijf(stand.inhoud()), caller.username(), nu());
    return gewijzigd(verslag, versie);
  }

  @Transactional
  public Versie stelVast(UUID id, String ifMatch, Caller caller) {
    Verslag verslag = alsOrganisator(id, caller);
    EntityTags.requireMatch(ifMatch, verslag.versie());
    noemBetrokkenen(verslag);
    try {
      return gewijzigd(verslag, verslag.stelVast(caller.username(), nu()));
    } catch (OngeldigeToestand e) {
      throw ProblemException.conflict(e.getMessage());
    }
  }

  /** Records for every participant of the latest adopted version that it received its part. */
  @Transactional
  public Geleverd verstrek(UUID id, String ifMatch, Caller caller) {
    Verslag verslag = alsOrganisator(id, caller);
    EntityTags.requireMatch(ifMatch, verslag.versie());
    // Distributing gives the parts to the participants, and the answer lists who received them.
    noemBetrokkenen(verslag);
    VerslagVersie vastgesteld =
        verslag
            .laatstVastgesteld()
            .orElseThrow(
                () ->
                    ProblemException.conflict("Stel het verslag eerst vast; dan pas verstrekken."));
    if (!verstrekkingen(verslag.id(), vastgesteld.nummer()).isEmpty()) {
      throw ProblemException.conflict("Versie " + vastgesteld.nummer() + " is al verstrekt.");
    }
    Instant nu = nu();
    List<Verstrekking> nieuw =
        lees(vastgesteld).deelnemers().stream()
            .map(
                d -> new Verstrekking(verslag.id(), vastgesteld.nummer(), d, caller.username(), nu))
            .toList();
    nieuw.forEach(em::persist);
    em.lock(verslag, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    em.flush();
    return new Geleverd(verslag.versie(), nieuw);
  }

  /** The distributions of a report and the report's version (ETag) after them. */
  public record Geleverd(long verslagVersie, List<Verstrekking> verstrekkingen) {}

  /** Which participant received its part when: which organisations hold data of these people. */
  @Transactional
  public List<Verstrekking> verstrekkingen(UUID id, Caller caller) {
    Verslag verslag = alsOrganisator(id, caller);
    noemBetrokkenen(verslag);
    return em.createQuery(
            "from Verstrekking v where v.verslag = :id order by v.verstrektOp, v.versie, v.organisatie",
            Verstrekking.class)
        .setParameter("id", verslag.id())
        .getResultList();
  }

  /**
   * A participant's part: for the organiser of the latest adopted version; for a partner of the
   * latest version distributed to its own organisation, and nothing else (403, nothing disclosed).
   */
  @Transactional
  public Deel deel(UUID id, UUID deelnemer, Caller caller) {
    Verslag verslag = em.find(Verslag.class, id);
    if (verslag != null && Toegang.organisator(caller, verslag.gemeentecode())) {
      VerslagVersie vastgesteld =
          verslag
              .laatstVastgesteld()
              .orElseThrow(() -> ProblemException.conflict("Er is nog geen vastgestelde versie."));
      Versie versie = versie(verslag, vastgesteld);
      Momentopname.Deel deel =
          versie
              .inhoud()
              .deelVoor(deelnemer)
              .orElseThrow(
                  () -> ProblemException.notFound("Deze deelnemer komt niet in het verslag voor."));
      noemBetrokkenen(verslag);
      return new Deel(versie, deel);
    }
    Optional<String> organisatie = Toegang.partnerOrganisatie(caller);
    if (verslag == null) {
      throw organisatie.isPresent() || Toegang.medewerker(caller)
          ? ProblemException.notFound("Geen verslag met deze uuid.")
          : geenToegang();
    }
    Verstrekking verstrekt =
        organisatie
            .flatMap(
                o ->
                    em.createQuery(
                            "from Verstrekking v where v.verslag = :id and v.deelnemer = :d"
                                + " order by v.versie desc",
                            Verstrekking.class)
                        .setParameter("id", id)
                        .setParameter("d", deelnemer)
                        .getResultStream()
                        .filter(v -> Toegang.zelfdeOrganisatie(v.organisatie(), o))
                        .findFirst())
            .orElseThrow(VerslagService::geenToegang);
    Versie versie = versie(verslag, verslag.versie(verstrekt.versie()).orElseThrow());
    noemBetrokkenen(verslag);
    return new Deel(versie, versie.inhoud().deelVoor(deelnemer).orElseThrow());
  }

  /** Organisers: the reports of their municipality; partners: those distributed to them. */
  @Transactional
  public Pagina<Versie> lijst(Caller caller, int page, int pageSize, URI overleg) {
    String filter = overleg == null ? "" : " and v.overleg = :overleg";
    jakarta.persistence.TypedQuery<Verslag> query;
    jakarta.persistence.TypedQuery<Long> telling;
    if (Toegang.medewerker(caller)) {
      String waar = " where v.gemeentecode = :g" + filter;
      query =
          em.createQuery(
                  "from Verslag v" + waar + " order by v.aangemaaktOp desc, v.id desc",
                  Verslag.class)
              .setParameter("g", caller.gemeente().orElseThrow());
      telling =
          em.createQuery("select count(v) from Verslag v" + waar, Long.class)
              .setParameter("g", caller.gemeente().orElseThrow());
    } else {
      String organisatie =
          Toegang.partnerOrganisatie(caller).orElseThrow(VerslagService::geenToegang).trim();
      String waar =
          " where exists (select 1 from Verstrekking s where s.verslag = v.id"
              + " and lower(s.organisatie) = lower(:o))"
              + filter;
      query =
          em.createQuery(
                  "from Verslag v" + waar + " order by v.aangemaaktOp desc, v.id desc",
                  Verslag.class)
              .setParameter("o", organisatie);
      telling =
          em.createQuery("select count(v) from Verslag v" + waar, Long.class)
              .setParameter("o", organisatie);
    }
    if (overleg != null) {
      query.setParameter("overleg", overleg.toString());
      telling.setParameter("overleg", overleg.toString());
    }
    List<Verslag> verslagen =
        query.setFirstResult((page - 1) * pageSize).setMaxResults(pageSize).getResultList();
    // The people of every procedure on the page (looked up together; anonymous ones: nobody).
    noemBetrokkenen(verslagen);
    boolean partner = !Toegang.medewerker(caller);
    return new Pagina<>(
        verslagen.stream()
            .map(v -> partner ? partnerVersie(v, caller) : versie(v, v.laatste()))
            .toList(),
        telling.getSingleResult(),
        page,
        pageSize);
  }

  /** A partner sees in a list only its own part's view: the participants, its own agreements. */
  private Versie partnerVersie(Verslag verslag, Caller caller) {
    String organisatie = Toegang.partnerOrganisatie(caller).orElseThrow();
    int nummer =
        em.createQuery(
                "select max(s.versie) from Verstrekking s where s.verslag = :id"
                    + " and lower(s.organisatie) = lower(:o)",
                Integer.class)
            .setParameter("id", verslag.id())
            .setParameter("o", organisatie.trim())
            .getSingleResult();
    Versie versie = versie(verslag, verslag.versie(nummer).orElseThrow());
    Momentopname inhoud = versie.inhoud();
    Momentopname eigen =
        new Momentopname(
            inhoud.overleg(),
            inhoud.gemeentecode(),
            inhoud.gehoudenOp(),
            inhoud.deelnemers(),
            inhoud.afspraken().stream()
                .filter(a -> Toegang.zelfdeOrganisatie(a.organisatie(), organisatie))
                .toList());
    return new Versie(verslag, versie.versie(), eigen);
  }

  private List<Verstrekking> verstrekkingen(UUID verslag, int versie) {
    return em.createQuery(
            "from Verstrekking v where v.verslag = :id and v.versie = :n", Verstrekking.class)
        .setParameter("id", verslag)
        .setParameter("n", versie)
        .getResultList();
  }

  private void noemBetrokkenen(Verslag verslag) {
    noemBetrokkenen(List.of(verslag));
  }

  /**
   * Names the people of the reports' procedures in this response. A report drafted before verslag
   * kept the procedure (V2 migration) learns it first: its overleg is fetched again with the
   * caller's token, as when drafting, and the procedure recorded (without changing the report's
   * version). No answer from casusoverleg or onderzoek: no report.
   */
  private void noemBetrokkenen(Collection<Verslag> verslagen) {
    for (Verslag verslag : verslagen) {
      if (!verslag.procedureBekend()) {
        verslag.kenProcedure(procedureVan(verslag));
      }
    }
    betrokkenen.noem(verslagen.stream().flatMap(v -> v.procedure().stream()).toList());
  }

  /**
   * The procedure of a report's overleg, asked again at casusoverleg (403, 503, 504 as it says).
   */
  private Optional<URI> procedureVan(Verslag verslag) {
    try {
      return overleggen.haal(verslag.overleg()).procedure();
    } catch (ProblemException e) {
      if (e.type().status() == 400) {
        // Casusoverleg no longer knows the overleg: whom the report is about cannot be said.
        throw new ProblemException(
            ProblemType.SERVICE_UNAVAILABLE,
            "Casusoverleg kent het overleg van dit verslag niet meer, dus kan niet worden vastgelegd"
                + " over wie het gaat.");
      }
      throw e;
    }
  }

  private Verslag alsOrganisator(UUID id, Caller caller) {
    if (!Toegang.medewerker(caller)) {
      throw geenToegang();
    }
    Verslag verslag = em.find(Verslag.class, id);
    if (verslag == null) {
      throw ProblemException.notFound("Geen verslag met deze uuid.");
    }
    if (!Toegang.organisator(caller, verslag.gemeentecode())) {
      throw geenToegang();
    }
    return verslag;
  }

  private Versie gewijzigd(Verslag verslag, VerslagVersie versie) {
    em.lock(verslag, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    em.flush();
    return versie(verslag, versie);
  }

  private Versie versie(Verslag verslag, VerslagVersie versie) {
    return new Versie(verslag, versie, lees(versie));
  }

  private Momentopname lees(VerslagVersie versie) {
    try {
      return json.readValue(versie.inhoud(), Momentopname.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored report version is not readable", e);
    }
  }

  private String schrijf(Momentopname inhoud) {
    try {
      return json.writeValueAsString(inhoud);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store report version", e);
    }
  }

  private Instant nu() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static ProblemException geenToegang() {
    return new ProblemException(ProblemType.FORBIDDEN, "U heeft geen toegang tot dit verslag.");
  }
}
