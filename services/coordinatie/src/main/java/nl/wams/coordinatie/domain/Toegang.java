package nl.wams.coordinatie.domain;

import nl.wams.commons.security.Caller;

/**
 * Object-level access in coordinatie (ARCHITECTURE §1, WAMS.md §9), from the caller's token. Staff
 * only ever act within their own municipality (claim {@code gemeente}); within it:
 *
 * <ul>
 *   <li>an <b>onderzoeker</b> (municipal professional) creates the aanpak of a procedure — having
 *       fetched the procedure from onderzoek with their own token, so onderzoek's access applies —
 *       appoints the coordinator, takes the decision, and sees the municipality's aanpakken (so
 *       that an aanpak awaiting a decision is found, also one that arrived through an event);
 *   <li>a <b>coordinator</b> sees the aanpakken they are appointed to (pool member whose username
 *       is the token's {@code preferred_username}) and manages their plan;
 *   <li>the plan of an aanpak without a coordinator (before the appointment, or when the client
 *       coordinates themselves) is managed by an onderzoeker;
 *   <li>the coordinator or an onderzoeker ends the approach;
 *   <li>the pool is seen by these roles and by a <b>beheerder</b>, and managed by an onderzoeker or
 *       a beheerder; a beheerder sees no aanpakken (no case content).
 * </ul>
 *
 * A <b>resident</b> (role {@code inwoner} with a {@code bsn} claim) reads the aanpak of a procedure
 * that onderzoek, asked with the resident's own token, lets them see — their own (see {@link
 * #isInwoner}); in lists only when asking for that procedure.
 *
 * <p>Anyone else gets 403 on a single object and does not see it in lists ({@link Zicht}).
 */
public final class Toegang {

  public static final String ONDERZOEKER = "onderzoeker";
  public static final String COORDINATOR = "coordinator";
  public static final String BEHEERDER = "beheerder";
  public static final String INWONER = "inwoner";

  private Toegang() {}

  public static boolean magPoolInzien(Caller caller, String gemeentecode) {
    return (caller.hasRole(ONDERZOEKER) || caller.hasRole(COORDINATOR) || caller.hasRole(BEHEERDER))
        && caller.worksFor(gemeentecode);
  }

  public static boolean magPoolBeheren(Caller caller, String gemeentecode) {
    return (caller.hasRole(ONDERZOEKER) || caller.hasRole(BEHEERDER))
        && caller.worksFor(gemeentecode);
  }

  /** Checked before the procedure is fetched, when its municipality is not known yet. */
  public static boolean magAanpakkenAanmaken(Caller caller) {
    return caller.hasRole(ONDERZOEKER) && caller.gemeente().isPresent();
  }

  public static boolean magAanmaken(Caller caller, String gemeentecode) {
    return caller.hasRole(ONDERZOEKER) && caller.worksFor(gemeentecode);
  }

  public static boolean magInzien(Caller caller, Aanpak aanpak) {
    return zicht(caller).omvat(aanpak);
  }

  public static boolean magAanstellenEnBesluiten(Caller caller, Aanpak aanpak) {
    return caller.hasRole(ONDERZOEKER) && caller.worksFor(aanpak.gemeentecode());
  }

  public static boolean magPlanBeheren(Caller caller, Aanpak aanpak) {
    if (aanpak.coordinator().isPresent()) {
      return coordineert(caller, aanpak);
    }
    return caller.hasRole(ONDERZOEKER) && caller.worksFor(aanpak.gemeentecode());
  }

  public static boolean magBeeindigen(Caller caller, Aanpak aanpak) {
    return coordineert(caller, aanpak)
        || (caller.hasRole(ONDERZOEKER) && caller.worksFor(aanpak.gemeentecode()));
  }

  /** Which aanpakken the caller sees; the lists filter by it. */
  public static Zicht zicht(Caller caller) {
    if (caller.gemeente().isEmpty()) {
      return Zicht.NIETS;
    }
    String gemeente = caller.gemeente().get();
    if (caller.hasRole(ONDERZOEKER)) {
      return new Zicht(gemeente, true, null);
    }
    if (caller.hasRole(COORDINATOR)) {
      return new Zicht(gemeente, false, caller.username());
    }
    return Zicht.NIETS;
  }

  private static boolean coordineert(Caller caller, Aanpak aanpak) {
    return caller.hasRole(COORDINATOR)
        && caller.worksFor(aanpak.gemeentecode())
        && aanpak
            .coordinator()
            .map(c -> c.gebruikersnaam().equals(caller.username()))
            .orElse(false);
  }

  /**
   * The aanpakken a caller sees: none, all of one municipality, or those in one municipality that
   * are coordinated by the pool member with this username.
   */
  public record Zicht(String gemeentecode, boolean heleGemeente, String alsCoordinator) {

    public static final Zicht NIETS = new Zicht(null, false, null);

    public boolean niets() {
      return gemeentecode == null;
    }

    public boolean omvat(Aanpak aanpak) {
      if (niets() || !gemeentecode.equals(aanpak.gemeentecode())) {
        return false;
      }
      return heleGemeente
          || aanpak.coordinator().map(c -> c.gebruikersnaam().equals(alsCoordinator)).orElse(false);
    }
  }

  /**
   * A resident, who may read an aanpak only after onderzoek confirmed, with their own token, that
   * the procedure is theirs.
   */
  public static boolean isInwoner(Caller caller) {
    return caller.hasRole(INWONER) && caller.bsn().isPresent();
  }

  /**
   * A resident may read one active pool member - name and work contact - so that they can reach the
   * coordinator their aanpak names. The pool holds municipal staff, no resident's data; the list of
   * the pool stays closed to residents.
   */
  public static boolean magCoordinatorZien(Caller caller, Coordinator coordinator) {
    return isInwoner(caller) && coordinator.actief();
  }
}
