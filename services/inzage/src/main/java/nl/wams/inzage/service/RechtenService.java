package nl.wams.inzage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.apicontract.Pagina;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.events.Outbox;
import nl.wams.commons.preconditions.EntityTags;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.Caller;
import nl.wams.inzage.domain.Klacht;
import nl.wams.inzage.domain.KlachtAard;
import nl.wams.inzage.domain.Status;
import nl.wams.inzage.domain.Termijn;
import nl.wams.inzage.domain.Toegang;
import nl.wams.inzage.domain.Verzoek;
import nl.wams.inzage.domain.VerzoekSoort;

/**
 * The requests and complaints inzage owns. A resident files and reads their own; another's are 404
 * (nothing is disclosed, not even that it exists); staff of the municipality read and handle them.
 */
@ApplicationScoped
public class RechtenService {

  public static final String KLACHT_INGEDIEND = "nl.wams.inzage.klacht-ingediend";

  private final EntityManager em;
  private final Outbox outbox;
  private final PublicUrls urls;
  private final Clock clock = Clock.systemUTC();

  RechtenService(EntityManager em, Outbox outbox, PublicUrls urls) {
    this.em = em;
    this.outbox = outbox;
    this.urls = urls;
  }

  public Instant nu() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  @Transactional
  public Verzoek dienVerzoekIn(
      Caller caller, VerzoekSoort soort, String gemeentecode, UUID procedure, String toelichting) {
    alleenInwoner(caller);
    Instant nu = nu();
    Verzoek verzoek =
        Verzoek.ontvang(
            kenmerk("AVG", nu),
            caller.bsn().get(),
            gemeentecode,
            soort,
            procedure,
            toelichting.strip(),
            nu);
    em.persist(verzoek);
    em.flush();
    return verzoek;
  }

  @Transactional
  public Klacht dienKlachtIn(
      Caller caller,
      KlachtAard aard,
      String gemeentecode,
      UUID procedure,
      String omschrijving,
      Klacht.Indiener indiener,
      String familielid) {
    alleenInwoner(caller);
    if (indiener == Klacht.Indiener.FAMILIELID && familielid == null) {
      throw ProblemException.invalid(
          "familielid", "required", "Noem het familielid dat de klacht indient.");
    }
    if (indiener == Klacht.Indiener.INWONER && familielid != null) {
      throw ProblemException.invalid(
          "familielid", "not-allowed", "Alleen bij een klacht van een familielid.");
    }
    Instant nu = nu();
    Klacht klacht =
        Klacht.dienIn(
            kenmerk("KL", nu),
            caller.bsn().get(),
            gemeentecode,
            aard,
            procedure,
            omschrijving.strip(),
            indiener,
            familielid == null ? null : familielid.strip(),
            nu);
    em.persist(klacht);
    em.flush();
    // Agreements §3: no personal data, the complaint's URL as subject.
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("gemeente", gemeentecode);
    data.put("aard", aard.name());
    data.put("ingediendOp", nu.toString());
    outbox.publish(KLACHT_INGEDIEND, urls.of("/klachten/" + klacht.id()), data);
    return klacht;
  }

  @Transactional
  public Verzoek verzoek(UUID id, Caller caller) {
    Verzoek verzoek = em.find(Verzoek.class, id);
    if (verzoek == null || !Toegang.magZien(caller, verzoek.bsn(), verzoek.gemeentecode())) {
      throw ProblemException.notFound("Er is geen verzoek met deze uuid.");
    }
    return verzoek;
  }

  @Transactional
  public Klacht klacht(UUID id, Caller caller) {
    Klacht klacht = em.find(Klacht.class, id);
    if (klacht == null || !Toegang.magZien(caller, klacht.bsn(), klacht.gemeentecode())) {
      throw ProblemException.notFound("Er is geen klacht met deze uuid.");
    }
    return klacht;
  }

  @Transactional
  public Verzoek handelVerzoekAf(
      UUID id, String ifMatch, Caller caller, Status status, String reactie) {
    Verzoek verzoek = verzoek(id, caller);
    if (!Toegang.magAfhandelen(caller, verzoek.gemeentecode())) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Alleen een medewerker van de gemeente handelt een verzoek af.");
    }
    EntityTags.requireMatch(ifMatch, verzoek.versie());
    fout(verzoek.handelAf(status, reactie, caller.username(), nu()));
    em.flush();
    return verzoek;
  }

  @Transactional
  public Klacht handelKlachtAf(
      UUID id, String ifMatch, Caller caller, Status status, String reactie) {
    Klacht klacht = klacht(id, caller);
    if (!Toegang.magAfhandelen(caller, klacht.gemeentecode())) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Alleen een medewerker van de gemeente handelt een klacht af.");
    }
    EntityTags.requireMatch(ifMatch, klacht.versie());
    fout(klacht.handelAf(status, reactie, caller.username(), nu()));
    em.flush();
    return klacht;
  }

  /** The resident's own, or the municipality's for staff; others an empty page. */
  @Transactional
  public Pagina<Verzoek> verzoeken(
      Caller caller, Status status, Boolean teLaat, int page, int pageSize) {
    Map<String, Object> p = new LinkedHashMap<>();
    String where = wie(caller, p);
    if (where == null) {
      return new Pagina<>(List.of(), 0, page, pageSize);
    }
    if (status != null) {
      where += " and v.status = :status";
      p.put("status", status);
    }
    if (Boolean.TRUE.equals(teLaat)) {
      where += " and v.status in :open and v.uiterlijkOp < :vandaag";
      p.put("open", List.of(Status.ONTVANGEN, Status.IN_BEHANDELING));
      p.put("vandaag", LocalDate.ofInstant(nu(), Termijn.NL));
    }
    return pagina(
        "from Verzoek v" + where,
        " order by v.ontvangenOp desc, v.id",
        Verzoek.class,
        p,
        page,
        pageSize);
  }

  @Transactional
  public Pagina<Klacht> klachten(Caller caller, Status status, int page, int pageSize) {
    Map<String, Object> p = new LinkedHashMap<>();
    String where = wie(caller, p);
    if (where == null) {
      return new Pagina<>(List.of(), 0, page, pageSize);
    }
    if (status != null) {
      where += " and v.status = :status";
      p.put("status", status);
    }
    return pagina(
        "from Klacht v" + where,
        " order by v.ingediendOp desc, v.id",
        Klacht.class,
        p,
        page,
        pageSize);
  }

  private static String wie(Caller caller, Map<String, Object> p) {
    if (Toegang.isInwoner(caller)) {
      p.put("bsn", caller.bsn().get());
      return " where v.bsn = :bsn";
    }
    if (Toegang.isMedewerker(caller)) {
      p.put("gemeente", caller.gemeente().get());
      return " where v.gemeentecode = :gemeente";
    }
    return null;
  }

  private <T> Pagina<T> pagina(
      String from, String order, Class<T> type, Map<String, Object> p, int page, int pageSize) {
    TypedQuery<Long> count = em.createQuery("select count(v) " + from, Long.class);
    TypedQuery<T> items =
        em.createQuery("select v " + from + order, type)
            .setFirstResult((page - 1) * pageSize)
            .setMaxResults(pageSize);
    p.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          items.setParameter(k, v);
        });
    return new Pagina<>(items.getResultList(), count.getSingleResult(), page, pageSize);
  }

  private String kenmerk(String prefix, Instant nu) {
    long volgnummer =
        ((Number) em.createNativeQuery("select nextval('kenmerk_volgnummer')").getSingleResult())
            .longValue();
    return "%s-%d-%06d"
        .formatted(prefix, LocalDate.ofInstant(nu, Termijn.NL).getYear(), volgnummer);
  }

  private static void alleenInwoner(Caller caller) {
    if (!Toegang.isInwoner(caller)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Alleen de inwoner zelf dient hier een verzoek of klacht in.");
    }
  }

  private static void fout(String[] fout) {
    if (fout != null) {
      if ("afgerond".equals(fout[1])) {
        throw ProblemException.conflict(fout[2]);
      }
      throw ProblemException.invalid(fout[0], fout[1], fout[2]);
    }
  }
}
