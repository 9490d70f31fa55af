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
import nl.wams.meldpunt.domain.Aanmelding;
import nl.wams.meldpunt.domain.AanmeldingInvoer;
import nl.wams.meldpunt.domain.AanmeldingRegels;
import nl.wams.meldpunt.domain.Kenmerk;
import nl.wams.meldpunt.domain.Regelovertreding;
import nl.wams.meldpunt.domain.Status;
import nl.wams.meldpunt.domain.TriageInvoer;
import nl.wams.meldpunt.domain.TriageRegels;

/** The use cases of the meldpunt; each is one transaction. */
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
  public Aanmelding registreer(AanmeldingInvoer invoer) {
    weigerOvertredingen(AanmeldingRegels.controleer(invoer));
    Aanmelding aanmelding = Aanmelding.registreer(invoer, Kenmerk.nieuw(), nu());
    entityManager.persist(aanmelding);
    entityManager.flush();
    return aanmelding;
  }

  @Transactional
  public Aanmelding wijzig(UUID id, String ifMatch, AanmeldingInvoer invoer) {
    Aanmelding aanmelding = vindVoorWijziging(id, ifMatch);
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
  public Aanmelding beoordeel(UUID id, String ifMatch, TriageInvoer invoer) {
    Aanmelding aanmelding = vindVoorWijziging(id, ifMatch);
    if (aanmelding.status() != Status.NIEUW) {
      throw ProblemException.conflict("Deze aanmelding is al beoordeeld.");
    }
    weigerOvertredingen(TriageRegels.controleer(aanmelding.soort(), aanmelding.urgentie(), invoer));
    aanmelding.beoordeel(invoer, nu());
    entityManager.flush();
    return aanmelding;
  }

  @Transactional
  public Aanmelding vind(UUID id) {
    Aanmelding aanmelding = entityManager.find(Aanmelding.class, id);
    if (aanmelding == null) {
      throw ProblemException.notFound("Er is geen aanmelding met deze uuid.");
    }
    return aanmelding;
  }

  @Transactional
  public Pagina<Aanmelding> lijst(AanmeldingFilter filter, int page, int pageSize) {
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

  private Aanmelding vindVoorWijziging(UUID id, String ifMatch) {
    Aanmelding aanmelding = vind(id);
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
}
