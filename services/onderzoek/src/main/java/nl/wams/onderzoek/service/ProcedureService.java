package nl.wams.onderzoek.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.problem.InvalidParam;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.Caller;
import nl.wams.onderzoek.domain.Huishoudlid;
import nl.wams.onderzoek.domain.NietGevonden;
import nl.wams.onderzoek.domain.OngeldigeToestand;
import nl.wams.onderzoek.domain.Procedure;
import nl.wams.onderzoek.domain.ProcedureStatus;
import nl.wams.onderzoek.domain.Regelovertreding;
import nl.wams.onderzoek.domain.Regelschending;
import nl.wams.onderzoek.domain.StartInvoer;
import nl.wams.onderzoek.domain.StartRegels;
import nl.wams.onderzoek.domain.Toegang;
import nl.wams.onderzoek.domain.Uitkomst;
import nl.wams.onderzoek.mapping.DossierJson;

/** The use cases of onderzoek; each is one transaction and checks the caller's access first. */
@ApplicationScoped
public class ProcedureService {

  private final EntityManager entityManager;
  private final OnderzoekConfig config;
  private final ProcedureEvents events;
  private final Weergaven weergaven;
  private final DossierJson dossierJson;
  private final Clock clock = Clock.systemUTC();

  ProcedureService(
      EntityManager entityManager,
      OnderzoekConfig config,
      ProcedureEvents events,
      Weergaven weergaven,
      DossierJson dossierJson) {
    this.entityManager = entityManager;
    this.config = config;
    this.events = events;
    this.weergaven = weergaven;
    this.dossierJson = dossierJson;
  }

  @Transactional
  public Procedure start(StartInvoer invoer, Caller caller) {
    if (!Toegang.magStarten(caller, invoer.gemeentecode())) {
      throw new ProblemException(
          ProblemType.FORBIDDEN,
          "Alleen een onderzoeker van deze gemeente start hier een onderzoek.");
    }
    Instant nu = clock.instant();
    boolean herhaald = eerderOnderzocht(invoer.bsn(), nu);
    weiger(StartRegels.controleer(invoer, herhaald));
    Procedure procedure = Procedure.start(invoer, caller.username(), herhaald, nu);
    entityManager.persist(procedure);
    entityManager.flush();
    weergaven.schrijf(procedure);
    events.gestart(procedure);
    return procedure;
  }

  /** The dossier as JSON (without its url) and its version, as the API shows it. */
  public record Dossierweergave(String json, long versie) {}

  /**
   * The dossier for reading: its onderzoeker, or a coordinator who coordinates it; the client
   * (betrokkene) in the resident's view. Served from the read model, one statement, no transaction.
   */
  public Dossierweergave lees(UUID id, Caller caller, CoordinatorVraag coordineert) {
    return weergave(id, weergaven.lees(id), caller, coordineert);
  }

  /**
   * {@link #lees}, without holding a thread while PostgreSQL answers: the read model's row comes
   * through the reactive client and the rule is applied on the calling event loop. Only where the
   * rule must ask coordinatie (a coordinator), or the dossier's JSON was never stored, the read is
   * done again by {@link #lees} on a worker thread ({@code werker}).
   */
  public CompletionStage<Dossierweergave> leesZonderWachten(
      UUID id, Caller caller, CoordinatorVraag coordineert, Executor werker) {
    return weergaven
        .leesZonderWachten(id)
        .thenCompose(
            rij -> {
              if (rij.isEmpty() || rij.get().weergave() != null) {
                try {
                  return CompletableFuture.completedFuture(weergave(id, rij, caller, NIET_HIER));
                } catch (MoetWachten e) {
                  // the rule asks coordinatie: a blocking call, not for an event loop
                }
              }
              return CompletableFuture.supplyAsync(() -> lees(id, caller, coordineert), werker);
            });
  }

  /** The coordinator question where it cannot be asked: the caller goes to a worker instead. */
  private static final CoordinatorVraag NIET_HIER =
      procedure -> {
        throw new MoetWachten();
      };

  private static final class MoetWachten extends RuntimeException {
    MoetWachten() {
      super(null, null, false, false);
    }
  }

  private Dossierweergave weergave(
      UUID id, Optional<Weergaven.Rij> gevonden, Caller caller, CoordinatorVraag coordineert) {
    Weergaven.Rij rij =
        gevonden.orElseThrow(
            () -> ProblemException.notFound("Er is geen procedure met deze uuid."));
    if (Toegang.isBetrokkene(caller, rij.betrokkeneBsn())
        && !Toegang.magBewerken(caller, rij.gemeentecode(), rij.onderzoeker())) {
      return new Dossierweergave(dossierJson.voorInwoner(rij.weergave()), rij.versie());
    }
    if (!Toegang.magToezien(caller, rij.gemeentecode())
        && !Toegang.magInzien(
            caller, rij.gemeentecode(), rij.onderzoeker(), () -> coordineert.coordineert(id))) {
      throw new ProblemException(ProblemType.FORBIDDEN, "U heeft geen toegang tot deze procedure.");
    }
    return new Dossierweergave(rij.weergave(), rij.versie());
  }

  /** Whether the caller coordinates a procedure; asked of coordinatie with the caller's token. */
  @FunctionalInterface
  public interface CoordinatorVraag {
    boolean coordineert(UUID procedure);
  }

  /**
   * The people a procedure is about, for the other Wams services that name them in the Logboek
   * (only role wams-service reaches this): the betrokkene first, then every household member with a
   * BSN. A member who refused to cooperate has none left in the dossier, so is nobody to name.
   */
  @Transactional
  public List<Betrokkene> betrokkenen(UUID id) {
    Procedure procedure = bestaande(id);
    List<Betrokkene> betrokkenen = new ArrayList<>();
    betrokkenen.add(new Betrokkene(procedure.betrokkeneBsn(), false));
    procedure.huishoudleden().stream()
        .map(Huishoudlid::bsn)
        .filter(Objects::nonNull)
        .distinct()
        .filter(bsn -> !bsn.equals(procedure.betrokkeneBsn()))
        .forEach(bsn -> betrokkenen.add(new Betrokkene(bsn, true)));
    return betrokkenen;
  }

  /** A person a procedure is about: its betrokkene, or a household member. */
  public record Betrokkene(String bsn, boolean huishoudlid) {}

  private Procedure bestaande(UUID id) {
    Procedure procedure = entityManager.find(Procedure.class, id);
    if (procedure == null) {
      throw ProblemException.notFound("Er is geen procedure met deze uuid.");
    }
    return procedure;
  }

  /**
   * Changes the dossier under optimistic locking. Broken rules become 400 with invalidParams, a
   * fixed dossier 409, an unknown part 404; nothing is changed then.
   */
  @Transactional
  public Procedure wijzig(UUID id, String ifMatch, Caller caller, Consumer<Procedure> wijziging) {
    Procedure procedure = bestaande(id);
    if (!Toegang.magBewerken(caller, procedure)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Alleen de onderzoeker van deze procedure wijzigt het dossier.");
    }
    EntityTags.requireMatch(ifMatch, procedure.versie());
    ProcedureStatus voor = procedure.status();
    try {
      wijziging.accept(procedure);
    } catch (Regelschending e) {
      weiger(e.overtredingen());
    } catch (OngeldigeToestand e) {
      throw ProblemException.conflict(e.getMessage());
    } catch (NietGevonden e) {
      throw ProblemException.notFound(e.getMessage());
    }
    weergaven.schrijf(procedure);
    entityManager.flush();
    if (voor != ProcedureStatus.AFGEROND && procedure.status() == ProcedureStatus.AFGEROND) {
      events.conclusieVastgesteld(procedure);
    }
    return procedure;
  }

  /**
   * The procedures the caller coordinates, as coordinatie knows them; asked only of coordinators.
   */
  @FunctionalInterface
  public interface GecoordineerdeProcedures {
    Set<UUID> ophalen();
  }

  /**
   * Only what the caller may see: an onderzoeker the procedures assigned to them in their
   * municipality, a coordinator the procedures they coordinate, a resident the procedures about
   * them (shown in the resident's view by the caller of this method). Others get an empty page.
   */
  @Transactional
  public Pagina<Procedure> lijst(
      Caller caller,
      GecoordineerdeProcedures gecoordineerd,
      ProcedureStatus status,
      Uitkomst uitkomst,
      String bsn,
      int page,
      int pageSize) {
    boolean alsOnderzoeker = caller.hasRole(Toegang.ONDERZOEKER) && caller.gemeente().isPresent();
    Set<UUID> gecoordineerdeIds =
        caller.hasRole(Toegang.COORDINATOR) ? gecoordineerd.ophalen() : Set.of();
    List<String> zichtbaar = new ArrayList<>();
    if (alsOnderzoeker) {
      zichtbaar.add("(p.onderzoeker = :onderzoeker and p.gemeentecode = :gemeente)");
    }
    if (!gecoordineerdeIds.isEmpty()) {
      zichtbaar.add("p.id in :gecoordineerd");
    }
    boolean alsInwoner = caller.hasRole(Toegang.INWONER) && caller.bsn().isPresent();
    if (alsInwoner) {
      zichtbaar.add("p.betrokkeneBsn = :eigenBsn");
    }
    if (zichtbaar.isEmpty()) {
      return new Pagina<>(List.of(), 0, page, pageSize);
    }
    String where =
        " where ("
            + String.join(" or ", zichtbaar)
            + ")"
            + (status == null ? "" : " and p.status = :status")
            + (uitkomst == null ? "" : " and p.conclusie.uitkomst = :uitkomst")
            + (bsn == null ? "" : " and p.betrokkeneBsn = :bsn");
    TypedQuery<Long> telling =
        entityManager.createQuery("select count(p) from Procedure p" + where, Long.class);
    TypedQuery<Procedure> items =
        entityManager
            .createQuery(
                "select p from Procedure p" + where + " order by p.gestartOp desc, p.id desc",
                Procedure.class)
            .setFirstResult((page - 1) * pageSize)
            .setMaxResults(pageSize);
    for (TypedQuery<?> query : List.of(telling, items)) {
      if (alsOnderzoeker) {
        query.setParameter("onderzoeker", caller.username());
        query.setParameter("gemeente", caller.gemeente().get());
      }
      if (!gecoordineerdeIds.isEmpty()) {
        query.setParameter("gecoordineerd", gecoordineerdeIds);
      }
      if (alsInwoner) {
        query.setParameter("eigenBsn", caller.bsn().get());
      }
      if (status != null) {
        query.setParameter("status", status);
      }
      if (uitkomst != null) {
        query.setParameter("uitkomst", uitkomst);
      }
      if (bsn != null) {
        query.setParameter("bsn", bsn);
      }
    }
    return new Pagina<>(items.getResultList(), telling.getSingleResult(), page, pageSize);
  }

  private boolean eerderOnderzocht(String bsn, Instant nu) {
    Instant sinds = nu.atOffset(ZoneOffset.UTC).minus(config.herhalingPeriode()).toInstant();
    return entityManager
            .createQuery(
                "select count(p) from Procedure p where p.betrokkeneBsn = :bsn and p.gestartOp >= :sinds",
                Long.class)
            .setParameter("bsn", bsn)
            .setParameter("sinds", sinds)
            .getSingleResult()
        > 0;
  }

  private static void weiger(List<Regelovertreding> overtredingen) {
    if (!overtredingen.isEmpty()) {
      throw ProblemException.invalid(
          overtredingen.stream()
              .map(o -> new InvalidParam(o.veld(), o.code(), o.reden()))
              .toList());
    }
  }
}
