package nl.wams.casusoverleg.domain;

import java.util.Optional;
import java.util.Set;
import nl.wams.commons.security.Caller;

/**
 * Object-level access in casusoverleg (ARCHITECTURE §1, WAMS.md §9), from the caller's token:
 *
 * <ul>
 *   <li>an <b>onderzoeker</b> plans overleggen in the onderzoek phase, a <b>coordinator</b> in the
 *       execution phase; both only in their own municipality (claim {@code gemeente}), and for an
 *       identified overleg only about a procedure onderzoek lets them see;
 *   <li>onderzoekers and coordinators of the overleg's municipality see and manage its overleggen
 *       (the organiser's side: every inbreng, agreement and request);
 *   <li>a <b>partner</b> (a {@code partner-*} role) sees an overleg only if its organisation (claim
 *       {@code organisatie}) is a participant, and sees it as that participant ({@link
 *       Perspectief}). It is treated as having an enforcement task if the overleg says so, or if
 *       its role is one of {@link #HANDHAVENDE_ROLLEN} - whatever the organiser recorded;
 *   <li>a <b>resident</b> (role {@code inwoner} with a {@code bsn} claim) sees an identified
 *       overleg about a procedure that onderzoek, asked with the resident's own token, lets them
 *       see ({@link Perspectief#BETROKKENE}); in lists only when asking for that procedure;
 *   <li>the <b>fg</b> and <b>auditor</b> of the overleg's municipality read it as the organiser
 *       does, never change it ({@link #magToezien}), for verslag's accountability report;
 *   <li>anyone else sees nothing: 403 on a single overleg, absent from lists.
 * </ul>
 */
public final class Toegang {

  public static final String ONDERZOEKER = "onderzoeker";
  public static final String COORDINATOR = "coordinator";
  public static final String PARTNER = "partner-";
  public static final String INWONER = "inwoner";
  public static final String FG = "fg";
  public static final String AUDITOR = "auditor";

  /** Partner roles with an enforcement task (the 'dubbele pet', 000 ch. 2). */
  public static final Set<String> HANDHAVENDE_ROLLEN =
      Set.of("partner-uwv", "partner-woningcorporatie", "partner-politie");

  private Toegang() {}

  /**
   * Checked before anything is fetched: the role that organises this phase, with a municipality.
   */
  public static boolean magPlannen(Caller caller, Fase fase) {
    String rol = fase == Fase.ONDERZOEK ? ONDERZOEKER : COORDINATOR;
    return caller.hasRole(rol) && caller.gemeente().isPresent();
  }

  public static boolean magPlannenVoor(Caller caller, Fase fase, String gemeentecode) {
    return magPlannen(caller, fase) && caller.worksFor(gemeentecode);
  }

  public static boolean isOrganisator(Caller caller, Overleg overleg) {
    return medewerker(caller) && caller.worksFor(overleg.gemeentecode());
  }

  /**
   * The privacy officer ({@code fg}) or accountant ({@code auditor}) of the overleg's municipality
   * reads it (the organiser's view), never changes it: for verslag's accountability report. Only
   * the read paths ({@code vind}, {@code lijst}) ask this; every change asks {@link #perspectief}.
   */
  public static boolean magToezien(Caller caller, String gemeentecode) {
    return toezichthouder(caller) && caller.worksFor(gemeentecode);
  }

  private static boolean toezichthouder(Caller caller) {
    return caller.hasRole(FG) || caller.hasRole(AUDITOR);
  }

  /** The participant the calling partner is in this overleg, if any. */
  public static Optional<Deelnemer> deelnemerVan(Caller caller, Overleg overleg) {
    if (!partner(caller) || caller.organisatie().isEmpty()) {
      return Optional.empty();
    }
    return overleg.deelnemers().stream()
        .filter(d -> d.isOrganisatie(caller.organisatie().get()))
        .findFirst();
  }

  /** How the caller sees this overleg. */
  public static Perspectief perspectief(Caller caller, Overleg overleg) {
    if (isOrganisator(caller, overleg)) {
      return Perspectief.ORGANISATOR;
    }
    return deelnemerVan(caller, overleg)
        .map(d -> Perspectief.deelnemer(d, d.handhavend() || handhavendeRol(caller)))
        .orElse(Perspectief.GEEN);
  }

  public static boolean handhavendeRol(Caller caller) {
    return HANDHAVENDE_ROLLEN.stream().anyMatch(caller::hasRole);
  }

  /**
   * Which overleggen a caller sees in lists: those of a municipality, of an organisation, or none.
   */
  public static Zicht zicht(Caller caller) {
    if (medewerker(caller) && caller.gemeente().isPresent()) {
      return new Zicht(caller.gemeente().get(), null);
    }
    if (toezichthouder(caller) && caller.gemeente().isPresent()) {
      return new Zicht(caller.gemeente().get(), null);
    }
    if (partner(caller) && caller.organisatie().isPresent()) {
      return new Zicht(null, caller.organisatie().get());
    }
    return Zicht.NIETS;
  }

  private static boolean medewerker(Caller caller) {
    return caller.hasRole(ONDERZOEKER) || caller.hasRole(COORDINATOR);
  }

  private static boolean partner(Caller caller) {
    return caller.roles().stream().anyMatch(r -> r.startsWith(PARTNER));
  }

  /** The overleggen of one municipality (staff) or in which one organisation takes part. */
  public record Zicht(String gemeentecode, String organisatie) {

    public static final Zicht NIETS = new Zicht(null, null);

    public boolean niets() {
      return gemeentecode == null && organisatie == null;
    }
  }

  /** A resident, who may see an overleg only after onderzoek confirmed the procedure is theirs. */
  public static boolean isInwoner(Caller caller) {
    return caller.hasRole(INWONER) && caller.bsn().isPresent();
  }
}
