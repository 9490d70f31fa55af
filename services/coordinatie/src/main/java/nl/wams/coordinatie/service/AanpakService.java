package nl.wams.coordinatie.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.security.Caller;
import nl.wams.coordinatie.domain.Aanpak;
import nl.wams.coordinatie.domain.AanpakStatus;
import nl.wams.coordinatie.domain.ActieStatus;
import nl.wams.coordinatie.domain.BeeindigingReden;
import nl.wams.coordinatie.domain.BesluitSoort;
import nl.wams.coordinatie.domain.Coordinator;
import nl.wams.coordinatie.domain.Intensiteit;
import nl.wams.coordinatie.domain.Kalender;
import nl.wams.coordinatie.domain.PlanInvoer;
import nl.wams.coordinatie.domain.ProcedureFeiten;
import nl.wams.coordinatie.domain.Signaal;
import nl.wams.coordinatie.domain.SignaalSoort;
import nl.wams.coordinatie.domain.Toegang;
import nl.wams.coordinatie.domain.Uitkomst;
import nl.wams.coordinatie.domain.Werkvoorraad;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The use cases of the coordinated approach. Each checks the caller's access first: 404 when the
 * aanpak does not exist, 403 when the caller may not see it or may not do this.
 */
@ApplicationScoped
public class AanpakService {

  private final EntityManager entityManager;
  private final Procedures procedures;
  private final ProcedureBetrokkenen betrokkenen;
  private final AanpakEvents events;
  private final Clock clock;

  AanpakService(
      EntityManager entityManager,
      Procedures procedures,
      ProcedureBetrokkenen betrokkenen,
      AanpakEvents events,
      Clock clock) {
    this.entityManager = entityManager;
    this.procedures = procedures;
    this.betrokkenen = betrokkenen;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The aanpak of a procedure, created on first call: idempotent per procedure, so an API client
   * retrying and an event consumer learning of the conclusion can both call it; a later call
   * returns the existing aanpak without asking onderzoek again. The insert runs in a transaction of
   * its own, so that a concurrent creation of the same procedure is found rather than failed (the
   * unique key on the procedure URL decides).
   */
  public Aanmaak voorProcedure(URI procedure, Caller caller) {
    if (!Toegang.magAanpakkenAanmaken(caller)) {
      throw Fouten.geenToegang("Alleen een onderzoeker maakt een aanpak aan.");
    }
    URI canoniek = procedures.canoniek(procedure);
    Optional<Aanmaak> bestaand = bestaande(canoniek, caller);
    if (bestaand.isPresent()) {
      betrokkenen.noem(canoniek);
      return bestaand.get();
    }
    ProcedureFeiten feiten = procedures.haal(canoniek);
    if (!Toegang.magAanmaken(caller, feiten.gemeentecode())) {
      throw Fouten.geenToegang("Deze procedure hoort bij een andere gemeente dan de uwe.");
    }
    // Before the insert: if onderzoek cannot name the people, nothing is created (503).
    betrokkenen.noem(canoniek);
    Aanpak aanpak = Fouten.vertaal(() -> Aanpak.voor(canoniek, feiten, nu()));
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                entityManager.persist(aanpak);
                entityManager.flush();
              });
    } catch (RuntimeException e) {
      if (!isDubbeleProcedure(e)) {
        throw e;
      }
      return bestaande(canoniek, caller).orElseThrow(() -> e);
    }
    return new Aanmaak(aanpak, true);
  }

  /**
   * Creates the aanpak of a procedure from onderzoek's conclusion event: process facts without
   * personal data, so nothing needs fetching. Only outcomes with coordination get one; a procedure
   * that already has an aanpak keeps it. Runs in the consuming (inbox) transaction.
   */
  @Transactional
  public void naConclusie(URI procedure, ProcedureFeiten feiten) {
    if (feiten.uitkomst() != Uitkomst.COORDINATIE_VERPLICHT
        && feiten.uitkomst() != Uitkomst.COORDINATIE_OPTIONEEL) {
      return;
    }
    URI canoniek = procedures.canoniek(procedure);
    long bestaand =
        entityManager
            .createQuery("select count(a) from Aanpak a where a.procedure = :procedure", Long.class)
            .setParameter("procedure", canoniek.toString())
            .getSingleResult();
    if (bestaand == 0) {
      entityManager.persist(Fouten.vertaal(() -> Aanpak.voor(canoniek, feiten, nu())));
    }
  }

  @Transactional
  public Aanpak vind(UUID id, Caller caller) {
    Aanpak aanpak = entityManager.find(Aanpak.class, id);
    if (aanpak == null) {
      throw ProblemException.notFound("Er is geen aanpak met deze uuid.");
    }
    if (!Toegang.magInzien(caller, aanpak)) {
      if (!Toegang.isInwoner(caller)) {
        throw Fouten.geenToegang("U heeft geen toegang tot deze aanpak.");
      }
      // Onderzoek answers 403 (passed on) unless the procedure is the resident's own.
      procedures.haal(aanpak.procedure());
    }
    // Every use case of one aanpak passes here, a change before it changes anything.
    betrokkenen.noem(aanpak.procedure());
    return aanpak;
  }

  /**
   * Names the people of a procedure whose aanpak is answered without passing {@link #vind}: an
   * idempotent creation replayed from its stored answer.
   */
  public void noemBetrokkenen(URI procedure) {
    betrokkenen.noem(procedures.canoniek(procedure));
  }

  @Transactional
  public Aanpak stelAan(
      UUID id, String ifMatch, Caller caller, UUID coordinatorId, Intensiteit intensiteit) {
    Aanpak aanpak = voorWijziging(id, ifMatch, caller, Toegang::magAanstellenEnBesluiten);
    Coordinator coordinator = poolLid(coordinatorId);
    return wijzig(aanpak, a -> a.stelAan(coordinator, intensiteit, nu()));
  }

  @Transactional
  public Aanpak neemBesluit(
      UUID id, String ifMatch, Caller caller, BesluitSoort soort, String motivering) {
    Aanpak aanpak = voorWijziging(id, ifMatch, caller, Toegang::magAanstellenEnBesluiten);
    return wijzig(aanpak, a -> a.neemBesluit(soort, motivering, nu()));
  }

  @Transactional
  public Aanpak legPlanVast(UUID id, String ifMatch, Caller caller, PlanInvoer plan) {
    Aanpak aanpak = voorWijziging(id, ifMatch, caller, Toegang::magPlanBeheren);
    return wijzig(aanpak, a -> a.legPlanVast(plan, vandaag()));
  }

  @Transactional
  public Aanpak beeindig(
      UUID id,
      String ifMatch,
      Caller caller,
      BeeindigingReden reden,
      String toelichting,
      LocalDate datum) {
    Aanpak aanpak = voorWijziging(id, ifMatch, caller, Toegang::magBeeindigen);
    wijzig(aanpak, a -> a.beeindig(reden, toelichting, datum, vandaag()));
    events.beeindigd(aanpak);
    return aanpak;
  }

  /**
   * A resident asking for the aanpak of one procedure: all aanpakken if onderzoek lets them see the
   * procedure (it is theirs), else none.
   */
  private Selectie eigenProcedure(URI procedure) {
    try {
      String gemeente = procedures.haal(procedures.canoniek(procedure)).gemeentecode();
      return new Selectie(new Toegang.Zicht(gemeente, true, null));
    } catch (ProblemException e) {
      if (e.type().status() == 403 || e.type().status() == 400) {
        return new Selectie(Toegang.Zicht.NIETS);
      }
      throw e;
    }
  }

  /** The aanpakken the caller may see, newest first; the others are silently absent. */
  @Transactional
  public Pagina<Aanpak> lijst(
      Caller caller, AanpakStatus status, UUID coordinator, URI procedure, int page, int pageSize) {
    Selectie selectie = new Selectie(Toegang.zicht(caller));
    if (selectie.leeg() && Toegang.isInwoner(caller) && procedure != null) {
      selectie = eigenProcedure(procedure);
    }
    if (selectie.leeg()) {
      return new Pagina<>(List.of(), 0, page, pageSize);
    }
    selectie.als(status, "a.status = :status", "status");
    selectie.als(coordinator, "a.coordinator.id = :coordinatorId", "coordinatorId");
    selectie.als(
        procedure == null ? null : procedure.toString(), "a.procedure = :procedure", "procedure");
    TypedQuery<Long> telling = selectie.query(entityManager, "select count(a)", Long.class);
    TypedQuery<Aanpak> items =
        selectie
            .query(
                entityManager, "select a", " order by a.aangemaaktOp desc, a.id desc", Aanpak.class)
            .setFirstResult((page - 1) * pageSize)
            .setMaxResults(pageSize);
    List<Aanpak> gevonden = items.getResultList();
    betrokkenen.noem(gevonden.stream().map(Aanpak::procedure).toList());
    return new Pagina<>(gevonden, telling.getSingleResult(), page, pageSize);
  }

  /**
   * The workflow view over the active aanpakken the caller may see. The database narrows the
   * aanpakken down to those with something to report; the domain decides what that is ({@link
   * Werkvoorraad}) and the order.
   */
  @Transactional
  public Pagina<Signaal> werkvoorraad(
      Caller caller, UUID coordinator, UUID aanpak, SignaalSoort soort, int page, int pageSize) {
    Selectie selectie = new Selectie(Toegang.zicht(caller));
    if (selectie.leeg()) {
      return new Pagina<>(List.of(), 0, page, pageSize);
    }
    LocalDate vandaag = vandaag();
    selectie.als(AanpakStatus.ACTIEF, "a.status = :status", "status");
    selectie.als(coordinator, "a.coordinator.id = :coordinatorId", "coordinatorId");
    selectie.als(aanpak, "a.id = :aanpakId", "aanpakId");
    selectie.voorwaarde(
        "(a.einddatum < :vandaag"
            + " or exists (select 1 from Aanpak b join b.acties x where b = a and"
            + " (x.status = :geblokkeerd or (x.status <> :afgerond and x.deadline < :vandaag)))"
            + " or exists (select 1 from Aanpak c join c.evaluatiemomenten e where c = a and"
            + " e.uitgevoerdOp is null and e.geplandOp < :vandaag))",
        Map.of(
            "vandaag", vandaag,
            "geblokkeerd", ActieStatus.GEBLOKKEERD,
            "afgerond", ActieStatus.AFGEROND));
    List<Signaal> signalen =
        selectie.query(entityManager, "select a", "", Aanpak.class).getResultList().stream()
            .flatMap(a -> Werkvoorraad.signalen(a, vandaag).stream())
            .filter(s -> soort == null || s.soort() == soort)
            .sorted(Signaal.VOLGORDE)
            .toList();
    Pagina<Signaal> pagina = Pagina.uit(signalen, page, pageSize);
    betrokkenen.noem(pagina.items().stream().map(s -> s.aanpak().procedure()).toList());
    return pagina;
  }

  private Optional<Aanmaak> bestaande(URI procedure, Caller caller) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                entityManager
                    .createQuery(
                        "select a from Aanpak a where a.procedure = :procedure", Aanpak.class)
                    .setParameter("procedure", procedure.toString())
                    .getResultStream()
                    .findFirst()
                    .map(
                        a -> {
                          if (!Toegang.magAanmaken(caller, a.gemeentecode())) {
                            throw Fouten.geenToegang(
                                "Deze procedure hoort bij een andere gemeente dan de uwe.");
                          }
                          return new Aanmaak(a, false);
                        }));
  }

  private static boolean isDubbeleProcedure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation
          && "aanpak_procedure_key".equals(violation.getConstraintName())) {
        return true;
      }
    }
    return false;
  }

  private Coordinator poolLid(UUID coordinatorId) {
    Coordinator coordinator = entityManager.find(Coordinator.class, coordinatorId);
    if (coordinator == null) {
      throw ProblemException.invalid(
          "coordinator", "onbekend", "Er is geen coördinator met deze URL in de pool.");
    }
    return coordinator;
  }

  private Aanpak voorWijziging(UUID id, String ifMatch, Caller caller, Recht recht) {
    Aanpak aanpak = vind(id, caller);
    if (!recht.heeft(caller, aanpak)) {
      throw Fouten.geenToegang("Uw rol geeft geen recht op deze handeling in deze aanpak.");
    }
    EntityTags.requireMatch(ifMatch, aanpak.versie());
    return aanpak;
  }

  private Aanpak wijzig(Aanpak aanpak, Consumer<Aanpak> wijziging) {
    Fouten.vertaal(() -> wijziging.accept(aanpak));
    entityManager.flush();
    return aanpak;
  }

  /** PostgreSQL keeps microseconds: an answer shows the moment exactly as a later read will. */
  private Instant nu() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private LocalDate vandaag() {
    return Kalender.dag(clock.instant());
  }

  @FunctionalInterface
  private interface Recht {
    boolean heeft(Caller caller, Aanpak aanpak);
  }

  /** A JPQL selection of aanpakken within what the caller may see, plus optional filters. */
  private static final class Selectie {

    private final boolean leeg;
    private final List<String> voorwaarden = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    Selectie(Toegang.Zicht zicht) {
      this.leeg = zicht.niets();
      if (leeg) {
        return;
      }
      voorwaarde("a.gemeentecode = :gemeente", Map.of("gemeente", zicht.gemeentecode()));
      if (!zicht.heleGemeente()) {
        voorwaarde(
            "a.coordinator.gebruikersnaam = :gebruikersnaam",
            Map.of("gebruikersnaam", zicht.alsCoordinator()));
      }
    }

    boolean leeg() {
      return leeg;
    }

    void als(Object waarde, String voorwaarde, String naam) {
      if (waarde != null) {
        voorwaarde(voorwaarde, Map.of(naam, waarde));
      }
    }

    void voorwaarde(String voorwaarde, Map<String, Object> waarden) {
      voorwaarden.add(voorwaarde);
      parameters.putAll(waarden);
    }

    <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type) {
      return query(em, select, "", type);
    }

    <T> TypedQuery<T> query(EntityManager em, String select, String orderBy, Class<T> type) {
      String from =
          type == Aanpak.class ? " from Aanpak a left join fetch a.coordinator" : " from Aanpak a";
      TypedQuery<T> query =
          em.createQuery(
              select + from + " where " + String.join(" and ", voorwaarden) + orderBy, type);
      parameters.forEach(query::setParameter);
      return query;
    }
  }
}
