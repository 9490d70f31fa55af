package nl.wams.coordinatie.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.security.Caller;
import nl.wams.coordinatie.domain.AanpakStatus;
import nl.wams.coordinatie.domain.Coordinator;
import nl.wams.coordinatie.domain.CoordinatorInvoer;
import nl.wams.coordinatie.domain.OrganisatieSoort;
import nl.wams.coordinatie.domain.Toegang;
import org.hibernate.exception.ConstraintViolationException;

/** The use cases of the coordinator pool; each is one transaction and checks access first. */
@ApplicationScoped
public class CoordinatorService {

  /** How many of a coordinator's aanpakken are checked for a resident. */
  private static final int MAX_AANPAKKEN = 50;

  private final EntityManager entityManager;
  private final Procedures procedures;

  CoordinatorService(EntityManager entityManager, Procedures procedures) {
    this.entityManager = entityManager;
    this.procedures = procedures;
  }

  @Transactional
  public Coordinator voegToe(CoordinatorInvoer invoer, Caller caller) {
    magBeheren(caller, invoer.gemeentecode());
    gebruikersnaamIsVrij(invoer.gebruikersnaam(), null);
    Coordinator coordinator = Coordinator.nieuw(invoer);
    entityManager.persist(coordinator);
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      // Two requests adding the same username at the same moment: the unique key decides.
      throw ProblemException.conflict("Deze gebruikersnaam staat al in de coördinatorenpool.");
    }
    return coordinator;
  }

  @Transactional
  public Coordinator vind(UUID id, Caller caller) {
    Coordinator coordinator = bestaand(id);
    if (!Toegang.magPoolInzien(caller, coordinator.gemeentecode())
        && !(Toegang.magCoordinatorZien(caller, coordinator) && coordineertVoor(coordinator))) {
      throw Fouten.geenToegang("U heeft geen toegang tot de coördinatorenpool van deze gemeente.");
    }
    return coordinator;
  }

  /**
   * Whether this pool member is appointed to an aanpak of a procedure that onderzoek, asked with
   * the resident's own token, confirms is theirs: a resident reaches their own coordinator, no
   * other.
   */
  private boolean coordineertVoor(Coordinator coordinator) {
    List<URI> procedures =
        entityManager
            .createQuery(
                "select a.procedure from Aanpak a where a.coordinator = :coordinator", String.class)
            .setParameter("coordinator", coordinator)
            .setMaxResults(MAX_AANPAKKEN)
            .getResultList()
            .stream()
            .map(URI::create)
            .toList();
    for (URI procedure : procedures) {
      try {
        this.procedures.haal(procedure);
        return true;
      } catch (ProblemException e) {
        int status = e.type().status();
        if (status != 400 && status != 403 && status != 404) {
          throw e;
        }
      }
    }
    return false;
  }

  @Transactional
  public Coordinator wijzig(UUID id, String ifMatch, CoordinatorInvoer invoer, Caller caller) {
    Coordinator coordinator = voorWijziging(id, ifMatch, caller);
    magBeheren(caller, invoer.gemeentecode());
    gebruikersnaamIsVrij(invoer.gebruikersnaam(), id);
    long lopend = lopendeAanpakken(coordinator);
    Fouten.vertaal(() -> coordinator.wijzig(invoer, lopend));
    entityManager.flush();
    return coordinator;
  }

  @Transactional
  public Coordinator deactiveer(UUID id, String ifMatch, Caller caller) {
    Coordinator coordinator = voorWijziging(id, ifMatch, caller);
    long lopend = lopendeAanpakken(coordinator);
    Fouten.vertaal(() -> coordinator.deactiveer(lopend));
    entityManager.flush();
    return coordinator;
  }

  @Transactional
  public Coordinator activeer(UUID id, String ifMatch, Caller caller) {
    Coordinator coordinator = voorWijziging(id, ifMatch, caller);
    coordinator.activeer();
    entityManager.flush();
    return coordinator;
  }

  /** The pool of the caller's municipality; other municipalities' members are silently absent. */
  @Transactional
  public Pagina<Coordinator> lijst(
      Caller caller,
      String gemeentecode,
      Boolean actief,
      OrganisatieSoort organisatieSoort,
      int page,
      int pageSize) {
    String eigenGemeente = caller.gemeente().orElse(null);
    if (eigenGemeente == null
        || !Toegang.magPoolInzien(caller, eigenGemeente)
        || (gemeentecode != null && !gemeentecode.equals(eigenGemeente))) {
      return new Pagina<>(List.of(), 0, page, pageSize);
    }
    List<String> voorwaarden = new ArrayList<>(List.of("c.gemeentecode = :gemeente"));
    Map<String, Object> parameters = new HashMap<>(Map.of("gemeente", eigenGemeente));
    if (actief != null) {
      voorwaarden.add("c.actief = :actief");
      parameters.put("actief", actief);
    }
    if (organisatieSoort != null) {
      voorwaarden.add("c.organisatie.soort = :soort");
      parameters.put("soort", organisatieSoort);
    }
    String where = " where " + String.join(" and ", voorwaarden);
    TypedQuery<Long> telling =
        entityManager.createQuery("select count(c) from Coordinator c" + where, Long.class);
    TypedQuery<Coordinator> items =
        entityManager
            .createQuery(
                "select c from Coordinator c" + where + " order by c.naam, c.id", Coordinator.class)
            .setFirstResult((page - 1) * pageSize)
            .setMaxResults(pageSize);
    parameters.forEach(
        (naam, waarde) -> {
          telling.setParameter(naam, waarde);
          items.setParameter(naam, waarde);
        });
    return new Pagina<>(items.getResultList(), telling.getSingleResult(), page, pageSize);
  }

  private Coordinator bestaand(UUID id) {
    Coordinator coordinator = entityManager.find(Coordinator.class, id);
    if (coordinator == null) {
      throw ProblemException.notFound("Er is geen coördinator met deze uuid.");
    }
    return coordinator;
  }

  private Coordinator voorWijziging(UUID id, String ifMatch, Caller caller) {
    Coordinator coordinator = vind(id, caller);
    magBeheren(caller, coordinator.gemeentecode());
    EntityTags.requireMatch(ifMatch, coordinator.versie());
    return coordinator;
  }

  private static void magBeheren(Caller caller, String gemeentecode) {
    if (!Toegang.magPoolBeheren(caller, gemeentecode)) {
      throw Fouten.geenToegang(
          "Alleen een onderzoeker of beheerder van deze gemeente beheert haar coördinatorenpool.");
    }
  }

  private void gebruikersnaamIsVrij(String gebruikersnaam, UUID behalve) {
    List<UUID> anderen =
        entityManager
            .createQuery(
                "select c.id from Coordinator c where c.gebruikersnaam = :naam", UUID.class)
            .setParameter("naam", gebruikersnaam)
            .getResultList();
    if (anderen.stream().anyMatch(id -> !id.equals(behalve))) {
      throw ProblemException.conflict("Deze gebruikersnaam staat al in de coördinatorenpool.");
    }
  }

  private long lopendeAanpakken(Coordinator coordinator) {
    return entityManager
        .createQuery(
            "select count(a) from Aanpak a where a.coordinator = :coordinator"
                + " and a.status in :lopend",
            Long.class)
        .setParameter("coordinator", coordinator)
        .setParameter("lopend", List.of(AanpakStatus.NIEUW, AanpakStatus.ACTIEF))
        .getSingleResult();
  }
}
