package nl.wams.casusoverleg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.wams.casusoverleg.domain.AfrondingInvoer;
import nl.wams.casusoverleg.domain.Afspraak;
import nl.wams.casusoverleg.domain.AfspraakInvoer;
import nl.wams.casusoverleg.domain.Deelnemer;
import nl.wams.casusoverleg.domain.DeelnemerInvoer;
import nl.wams.casusoverleg.domain.Fase;
import nl.wams.casusoverleg.domain.Inbreng;
import nl.wams.casusoverleg.domain.InbrengInvoer;
import nl.wams.casusoverleg.domain.Kalender;
import nl.wams.casusoverleg.domain.Overleg;
import nl.wams.casusoverleg.domain.OverlegInvoer;
import nl.wams.casusoverleg.domain.OverlegSoort;
import nl.wams.casusoverleg.domain.OverlegStatus;
import nl.wams.casusoverleg.domain.OverlegWeergave;
import nl.wams.casusoverleg.domain.Perspectief;
import nl.wams.casusoverleg.domain.ProcedureFeiten;
import nl.wams.casusoverleg.domain.Toegang;
import nl.wams.casusoverleg.domain.Uitnodiging;
import nl.wams.casusoverleg.domain.UitnodigingInvoer;
import nl.wams.casusoverleg.domain.Verzoek;
import nl.wams.casusoverleg.domain.VerzoekInvoer;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.security.Caller;

/**
 * The use cases of the casusoverleg. Each checks the caller's access first - 404 when the overleg
 * does not exist, 403 when the caller may not see it or may not do this - and answers with the
 * overleg as the caller may see it ({@link OverlegWeergave}), never with the overleg itself.
 */
@ApplicationScoped
public class OverlegService {

  private final EntityManager entityManager;
  private final Procedures procedures;
  private final ProcedureBetrokkenen betrokkenen;
  private final OverlegEvents events;
  private final Clock clock;

  OverlegService(
      EntityManager entityManager,
      Procedures procedures,
      ProcedureBetrokkenen betrokkenen,
      OverlegEvents events,
      Clock clock) {
    this.entityManager = entityManager;
    this.procedures = procedures;
    this.betrokkenen = betrokkenen;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Plans an overleg. An identified one fetches its procedure at onderzoek with the caller's token
   * (onderzoek's own access applies; no answer, no overleg); the caller must work for its
   * municipality. Runs in the caller's (idempotency) transaction.
   */
  @Transactional
  public OverlegWeergave plan(OverlegInvoer invoer, Caller caller) {
    if (!Toegang.magPlannen(caller, invoer.fase())) {
      throw Fouten.geenToegang(
          invoer.fase() == Fase.ONDERZOEK
              ? "Een overleg in de onderzoeksfase plant een onderzoeker van de gemeente."
              : "Een overleg in de uitvoeringsfase plant de coördinator.");
    }
    // The rules first: nothing is fetched for input that is refused anyway.
    Fouten.vertaal(() -> Overleg.controleerPlanning(invoer));
    Overleg overleg;
    if (invoer.soort() == OverlegSoort.ANONIEM) {
      overleg =
          Fouten.vertaal(
              () ->
                  Overleg.plan(
                      invoer,
                      null,
                      null,
                      caller.gemeente().orElseThrow(),
                      caller.username(),
                      nu()));
    } else {
      URI procedure = procedures.canoniek(invoer.procedure());
      ProcedureFeiten feiten = procedures.haal(procedure);
      if (!Toegang.magPlannenVoor(caller, invoer.fase(), feiten.gemeentecode())) {
        throw Fouten.geenToegang("Deze procedure hoort bij een andere gemeente dan de uwe.");
      }
      // Before the insert: if onderzoek cannot name the people, nothing is planned (503).
      betrokkenen.noem(procedure);
      overleg =
          Fouten.vertaal(
              () ->
                  Overleg.plan(
                      invoer, procedure, feiten, feiten.gemeentecode(), caller.username(), nu()));
    }
    entityManager.persist(overleg);
    entityManager.flush();
    return new OverlegWeergave(overleg, Perspectief.ORGANISATOR);
  }

  @Transactional
  public OverlegWeergave vind(UUID id, Caller caller) {
    Overleg overleg = bestaand(id);
    Perspectief perspectief = leesPerspectief(caller, overleg);
    if (!perspectief.magInzien() && Toegang.isInwoner(caller) && overleg.procedure().isPresent()) {
      // Onderzoek answers 403 (passed on) unless the procedure is the resident's own.
      procedures.haal(overleg.procedure().get());
      perspectief = Perspectief.BETROKKENE;
    }
    if (!perspectief.magInzien()) {
      throw Fouten.geenToegang("U heeft geen toegang tot dit overleg.");
    }
    noemBetrokkenen(overleg);
    return new OverlegWeergave(overleg, perspectief);
  }

  @Transactional
  public Wijziging<Deelnemer> voegDeelnemerToe(
      UUID id, String ifMatch, Caller caller, DeelnemerInvoer invoer) {
    Overleg overleg = alsOrganisator(id, ifMatch, caller);
    return wijzig(overleg, caller, o -> o.voegDeelnemerToe(invoer));
  }

  @Transactional
  public Wijziging<Uitnodiging> nodigUit(
      UUID id, String ifMatch, Caller caller, UitnodigingInvoer invoer) {
    Overleg overleg = alsOrganisator(id, ifMatch, caller);
    return wijzig(overleg, caller, o -> o.nodigUit(invoer));
  }

  @Transactional
  public OverlegWeergave rondAf(UUID id, String ifMatch, Caller caller, AfrondingInvoer invoer) {
    Overleg overleg = alsOrganisator(id, ifMatch, caller);
    Wijziging<Overleg> gehouden =
        wijzig(
            overleg,
            caller,
            o -> {
              o.rondAf(invoer, Kalender.dag(clock.instant()));
              return o;
            });
    events.gehouden(overleg);
    return gehouden.overleg();
  }

  @Transactional
  public Wijziging<Afspraak> legAfspraakVast(
      UUID id, String ifMatch, Caller caller, AfspraakInvoer invoer) {
    Overleg overleg = alsOrganisator(id, ifMatch, caller);
    Wijziging<Afspraak> afspraak = wijzig(overleg, caller, o -> o.legAfspraakVast(invoer, nu()));
    events.afspraakVastgelegd(overleg, afspraak.onderdeel());
    return afspraak;
  }

  /** By the organiser for any participant, or by a partner for its own organisation. */
  @Transactional
  public Wijziging<Inbreng> brengIn(UUID id, String ifMatch, Caller caller, InbrengInvoer invoer) {
    Overleg overleg = bestaand(id);
    Perspectief perspectief = voorWijziging(overleg, ifMatch, caller);
    if (!perspectief.organisator() && !perspectief.isDeelnemer(invoer.verstrekker())) {
      throw Fouten.geenToegang(
          "Een partner legt alleen de inbreng van zijn eigen organisatie vast.");
    }
    return wijzig(overleg, caller, o -> o.brengIn(invoer, nu()));
  }

  /** By the organiser for any participant, or by a partner for its own organisation. */
  @Transactional
  public Wijziging<Verzoek> dienVerzoekIn(
      UUID id, String ifMatch, Caller caller, VerzoekInvoer invoer) {
    Overleg overleg = bestaand(id);
    Perspectief perspectief = voorWijziging(overleg, ifMatch, caller);
    if (!perspectief.organisator() && !perspectief.isDeelnemer(invoer.verzoeker())) {
      throw Fouten.geenToegang("Een partner dient alleen verzoeken van zijn eigen organisatie in.");
    }
    return wijzig(overleg, caller, o -> o.dienVerzoekIn(invoer, perspectief.handhavend(), nu()));
  }

  /** The provider's answer: by the providing partner, or by the organiser on its behalf. */
  @Transactional
  public Wijziging<Verzoek> stemIn(
      UUID id,
      UUID verzoekId,
      String ifMatch,
      Caller caller,
      boolean instemming,
      String toelichting) {
    Overleg overleg = bestaand(id);
    Perspectief perspectief = Toegang.perspectief(caller, overleg);
    Verzoek verzoek = zichtbaarVerzoek(overleg, perspectief, verzoekId);
    UUID verstrekker = overleg.inbreng(verzoek.inbreng()).orElseThrow().verstrekker();
    if (!perspectief.organisator() && !perspectief.isDeelnemer(verstrekker)) {
      throw Fouten.geenToegang("Alleen de verstrekker van de inbreng stemt in.");
    }
    noemBetrokkenen(overleg);
    EntityTags.requireMatch(ifMatch, overleg.versie());
    return wijzig(overleg, caller, o -> o.stemIn(verzoekId, instemming, toelichting, nu()));
  }

  /** The organiser judges whether the processing is necessary for the requester's own task. */
  @Transactional
  public Wijziging<Verzoek> beoordeel(
      UUID id,
      UUID verzoekId,
      String ifMatch,
      Caller caller,
      boolean noodzakelijk,
      String toelichting) {
    Overleg overleg = bestaand(id);
    Perspectief perspectief = Toegang.perspectief(caller, overleg);
    zichtbaarVerzoek(overleg, perspectief, verzoekId);
    if (!perspectief.organisator()) {
      throw Fouten.geenToegang("De organisator beoordeelt de noodzaak.");
    }
    noemBetrokkenen(overleg);
    EntityTags.requireMatch(ifMatch, overleg.versie());
    return wijzig(overleg, caller, o -> o.beoordeel(verzoekId, noodzakelijk, toelichting, nu()));
  }

  /** The overleggen the caller may see, newest first; the others are silently absent. */
  @Transactional
  public Pagina<OverlegWeergave> lijst(
      Caller caller,
      OverlegStatus status,
      Fase fase,
      OverlegSoort soort,
      URI procedure,
      int page,
      int pageSize) {
    Toegang.Zicht zicht = Toegang.zicht(caller);
    boolean alsBetrokkene = false;
    if (zicht.niets() && Toegang.isInwoner(caller) && procedure != null) {
      zicht = eigenProcedure(procedure);
      alsBetrokkene = !zicht.niets();
    }
    if (zicht.niets()) {
      return new Pagina<>(List.of(), 0, page, pageSize);
    }
    List<String> voorwaarden = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (zicht.gemeentecode() != null) {
      voorwaarden.add("o.gemeentecode = :gemeente");
      parameters.put("gemeente", zicht.gemeentecode());
    } else {
      voorwaarden.add(
          "exists (select 1 from Overleg p join p.deelnemers d where p = o"
              + " and lower(d.organisatie) = :organisatie)");
      parameters.put("organisatie", zicht.organisatie().strip().toLowerCase(Locale.ROOT));
    }
    filter(voorwaarden, parameters, "o.status = :status", "status", status);
    filter(voorwaarden, parameters, "o.fase = :fase", "fase", fase);
    filter(voorwaarden, parameters, "o.soort = :soort", "soort", soort);
    filter(
        voorwaarden,
        parameters,
        "o.procedure = :procedure",
        "procedure",
        procedure == null ? null : procedure.toString());
    String waar = " from Overleg o where " + String.join(" and ", voorwaarden);
    TypedQuery<Long> telling = entityManager.createQuery("select count(o)" + waar, Long.class);
    TypedQuery<Overleg> items =
        entityManager
            .createQuery(
                "select o" + waar + " order by o.aangemaaktOp desc, o.id desc", Overleg.class)
            .setFirstResult((page - 1) * pageSize)
            .setMaxResults(pageSize);
    parameters.forEach(
        (naam, waarde) -> {
          telling.setParameter(naam, waarde);
          items.setParameter(naam, waarde);
        });
    boolean betrokkene = alsBetrokkene;
    List<Overleg> gevonden = items.getResultList();
    betrokkenen.noem(gevonden.stream().flatMap(o -> o.procedure().stream()).toList());
    List<OverlegWeergave> weergaven =
        gevonden.stream()
            .map(
                o ->
                    new OverlegWeergave(
                        o, betrokkene ? Perspectief.BETROKKENE : leesPerspectief(caller, o)))
            .toList();
    return new Pagina<>(weergaven, telling.getSingleResult(), page, pageSize);
  }

  /**
   * A resident asking for the overleggen about one procedure: those of its municipality (the
   * procedure filter then narrows them to this procedure) if onderzoek lets them see it, else none.
   */
  private Toegang.Zicht eigenProcedure(URI procedure) {
    try {
      return new Toegang.Zicht(
          procedures.haal(procedures.canoniek(procedure)).gemeentecode(), null);
    } catch (ProblemException e) {
      if (e.type().status() == 403 || e.type().status() == 400) {
        return Toegang.Zicht.NIETS;
      }
      throw e;
    }
  }

  private static void filter(
      List<String> voorwaarden,
      Map<String, Object> parameters,
      String voorwaarde,
      String naam,
      Object waarde) {
    if (waarde != null) {
      voorwaarden.add(voorwaarde);
      parameters.put(naam, waarde);
    }
  }

  /** How the caller reads an overleg: as for a change, or read-only as fg/auditor. */
  private static Perspectief leesPerspectief(Caller caller, Overleg overleg) {
    Perspectief perspectief = Toegang.perspectief(caller, overleg);
    return !perspectief.magInzien() && Toegang.magToezien(caller, overleg.gemeentecode())
        ? Perspectief.ORGANISATOR
        : perspectief;
  }

  /**
   * Names the people of a procedure whose overleg is answered without passing this service: an
   * idempotent creation replayed from its stored answer. Nothing for an anonymous overleg.
   */
  public void noemBetrokkenen(URI procedure) {
    if (procedure != null) {
      betrokkenen.noem(procedures.canoniek(procedure));
    }
  }

  /**
   * Names the people of the overleg's procedure in this response, before anything changes; an
   * anonymous overleg is about nobody known.
   */
  private void noemBetrokkenen(Overleg overleg) {
    overleg.procedure().ifPresent(betrokkenen::noem);
  }

  private Overleg bestaand(UUID id) {
    Overleg overleg = entityManager.find(Overleg.class, id);
    if (overleg == null) {
      throw ProblemException.notFound("Er is geen overleg met deze uuid.");
    }
    return overleg;
  }

  private Overleg alsOrganisator(UUID id, String ifMatch, Caller caller) {
    Overleg overleg = bestaand(id);
    Perspectief perspectief = voorWijziging(overleg, ifMatch, caller);
    if (!perspectief.organisator()) {
      throw Fouten.geenToegang("Alleen de organisator (de gemeente) doet dit.");
    }
    return overleg;
  }

  /** 403 for who may not see the overleg, then the If-Match (428/412). */
  private Perspectief voorWijziging(Overleg overleg, String ifMatch, Caller caller) {
    Perspectief perspectief = Toegang.perspectief(caller, overleg);
    if (!perspectief.magInzien()) {
      throw Fouten.geenToegang("U heeft geen toegang tot dit overleg.");
    }
    noemBetrokkenen(overleg);
    EntityTags.requireMatch(ifMatch, overleg.versie());
    return perspectief;
  }

  /** A request of this overleg (else 404) that the caller may see (else 403). */
  private static Verzoek zichtbaarVerzoek(Overleg overleg, Perspectief perspectief, UUID id) {
    if (!perspectief.magInzien()) {
      throw Fouten.geenToegang("U heeft geen toegang tot dit overleg.");
    }
    if (overleg.verzoek(id).isEmpty()) {
      throw ProblemException.notFound("Dit overleg heeft geen verzoek met deze id.");
    }
    return new OverlegWeergave(overleg, perspectief)
        .verzoek(id)
        .orElseThrow(() -> Fouten.geenToegang("U heeft geen toegang tot dit verzoek."));
  }

  private <T> Wijziging<T> wijzig(Overleg overleg, Caller caller, Function<Overleg, T> wijziging) {
    T onderdeel = Fouten.vertaal(() -> wijziging.apply(overleg));
    entityManager.flush();
    return new Wijziging<>(
        onderdeel, new OverlegWeergave(overleg, Toegang.perspectief(caller, overleg)));
  }

  /** PostgreSQL keeps microseconds: an answer shows the moment exactly as a later read will. */
  private Instant nu() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** A changed part and the overleg it now belongs to (for the new ETag), as the caller sees it. */
  public record Wijziging<T>(T onderdeel, OverlegWeergave overleg) {}
}
