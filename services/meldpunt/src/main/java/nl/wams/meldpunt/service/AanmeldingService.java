package nl.wams.meldpunt.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.problem.InvalidParam;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.Caller;
import nl.wams.meldpunt.domain.Aanmelding;
import nl.wams.meldpunt.domain.AanmeldingInvoer;
import nl.wams.meldpunt.domain.AanmeldingRegels;
import nl.wams.meldpunt.domain.Kenmerk;
import nl.wams.meldpunt.domain.Regelovertreding;
import nl.wams.meldpunt.domain.Status;
import nl.wams.meldpunt.domain.Toegang;
import nl.wams.meldpunt.domain.TriageInvoer;
import nl.wams.meldpunt.domain.TriageRegels;

/** The use cases of the meldpunt; each is one transaction and checks the caller's access first. */
@ApplicationScoped
public class AanmeldingService {

  /** Dates in list filters are calendar days in the Netherlands. */
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private final EntityManager entityManager;
  private final Clock clock;

  AanmeldingService(EntityManager entityManager) {
    this.entityManager = entityManager;
    this.clock = Clock.systemUTC();
  }

  @Transactional
  public Aanmelding registreer(AanmeldingInvoer invoer, Caller caller) {
    eisToegang(caller, invoer.gemeentecode());
    weigerOvertredingen(AanmeldingRegels.controleer(invoer));
    Aanmelding aanmelding = Aanmelding.registreer(invoer, Kenmerk.nieuw(), nu());
    entityManager.persist(aanmelding);
    entityManager.flush();
    return aanmelding;
  }

  @Transactional
  public Aanmelding wijzig(UUID id, String ifMatch, AanmeldingInvoer invoer, Caller caller) {
    Aanmelding aanmelding = vindVoorWijziging(id, ifMatch, caller);
    eisToegang(caller, invoer.gemeentecode());
    if (aanmelding.status() != Status.NIEUW) {
      throw ProblemException.conflict(
          "Deze aanmelding is al beoordeeld en kan niet meer worden gewijzigd.");
    }
    weigerOvertredingen(AanmeldingRegels.controleer(invoer));
    aanmelding.wijzig(invoer);
    entityManager.flush();
    return aanmelding;
  }

  @Transactional
  public Aanmelding beoordeel(UUID id, String ifMatch, TriageInvoer invoer, Caller caller) {
    Aanmelding aanmelding = vindVoorWijziging(id, ifMatch, caller);
    if (aanmelding.status() != Status.NIEUW) {
      throw ProblemException.conflict("Deze aanmelding is al beoordeeld.");
    }
    weigerOvertredingen(TriageRegels.controleer(aanmelding.soort(), aanmelding.urgentie(), invoer));
    aanmelding.beoordeel(invoer, nu());
    entityManager.flush();
    return aanmelding;
  }

  @Transactional
  public Aanmelding vind(UUID id, Caller caller) {
    Aanmelding aanmelding = entityManager.find(Aanmelding.class, id);
    if (aanmelding == null) {
      throw ProblemException.notFound("Er is geen aanmelding met deze uuid.");
    }
    eisToegang(caller, aanmelding.gemeentecode());
    return aanmelding;
  }

  /** Only the aanmeldingen of the caller's own municipality; others simply do not appear. */
  @Transactional
  public Pagina<Aanmelding> lijst(
      AanmeldingFilter gevraagd, Caller caller, int page, int pageSize) {
    if (!caller.hasRole(Toegang.MELDPUNT_MEDEWERKER)
        || caller.gemeente().isEmpty()
        || (gevraagd.gemeentecode() != null
            && !gevraagd.gemeentecode().equals(caller.gemeente().get()))) {
      return new Pagina<>(List.of(), 0, page, pageSize);
    }
    AanmeldingFilter filter = gevraagd.inGemeente(caller.gemeente().get());
    List<String> voorwaarden = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    voegToe(voorwaarden, parameters, "a.soort = :soort", "soort", filter.soort());
    voegToe(voorwaarden, parameters, "a.status = :status", "status", filter.status());
    voegToe(voorwaarden, parameters, "a.urgentie = :urgentie", "urgentie", filter.urgentie());
    voegToe(
        voorwaarden, parameters, "a.gemeentecode = :gemeente", "gemeente", filter.gemeentecode());
    voegToe(voorwaarden, parameters, "a.betrokkene.bsn = :bsn", "bsn", filter.bsn());
    if (filter.ontvangenVanaf() != null) {
      voegToe(
          voorwaarden,
          parameters,
          "a.ontvangenOp >= :vanaf",
          "vanaf",
          filter.ontvangenVanaf().atStartOfDay(NL).toInstant());
    }
    if (filter.ontvangenTot() != null) {
      voegToe(
          voorwaarden,
          parameters,
          "a.ontvangenOp < :tot",
          "tot",
          filter.ontvangenTot().atStartOfDay(NL).toInstant());
    }
    String where = voorwaarden.isEmpty() ? "" : " where " + String.join(" and ", voorwaarden);

    TypedQuery<Long> telling =
        entityManager.createQuery("select count(a) from Aanmelding a" + where, Long.class);
    TypedQuery<Aanmelding> items =
        entityManager
            .createQuery(
                "select a from Aanmelding a" + where + " order by a.ontvangenOp desc, a.id desc",
                Aanmelding.class)
            .setFirstResult((page - 1) * pageSize)
            .setMaxResults(pageSize);
    parameters.forEach(
        (naam, waarde) -> {
          telling.setParameter(naam, waarde);
          items.setParameter(naam, waarde);
        });
    return new Pagina<>(items.getResultList(), telling.getSingleResult(), page, pageSize);
  }

  private Aanmelding vindVoorWijziging(UUID id, String ifMatch, Caller caller) {
    Aanmelding aanmelding = vind(id, caller);
    EntityTags.requireMatch(ifMatch, aanmelding.versie());
    return aanmelding;
  }

  private static void voegToe(
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

  private static void weigerOvertredingen(List<Regelovertreding> overtredingen) {
    if (!overtredingen.isEmpty()) {
      throw ProblemException.invalid(
          overtredingen.stream()
              .map(o -> new InvalidParam(o.veld(), o.code(), o.reden()))
              .toList());
    }
  }

  private Instant nu() {
    return clock.instant();
  }

  /**
   * Onderzoek started a procedure for an aanmelding (event, service account): the aanmelding
   * records it. An unknown aanmelding is ignored: the event may concern one that was never here.
   */
  @Transactional
  public void procedureGestart(UUID aanmelding, String procedure, String gemeentecode) {
    Aanmelding gevonden = entityManager.find(Aanmelding.class, aanmelding);
    if (gevonden != null) {
      gevonden.procedureGestart(procedure, gemeentecode);
    }
  }

  private static void eisToegang(Caller caller, String gemeentecode) {
    if (!Toegang.magWerkenIn(caller, gemeentecode)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN,
          "Alleen een meldpunt-medewerker van deze gemeente werkt met deze aanmelding.");
    }
  }
}
