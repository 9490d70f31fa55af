package nl.wams.onderzoek.domain;

import nl.wams.commons.security.Caller;

/**
 * Object-level access to procedures (ARCHITECTURE §1, WAMS.md §9): an onderzoeker works on the
 * procedures assigned to them, in their own municipality. Nobody else sees a dossier here yet; the
 * coordinator's read access arrives with the coordination events.
 */
public final class Toegang {

  public static final String ONDERZOEKER = "onderzoeker";

  private Toegang() {}

  public static boolean magStarten(Caller caller, String gemeentecode) {
    return caller.hasRole(ONDERZOEKER) && caller.worksFor(gemeentecode);
  }

  public static boolean magInzien(Caller caller, Procedure procedure) {
    return caller.hasRole(ONDERZOEKER)
        && caller.worksFor(procedure.gemeentecode())
        && caller.username().equals(procedure.onderzoeker());
  }

  /** The same people who may see a dossier in onderzoek may work on it. */
  public static boolean magBewerken(Caller caller, Procedure procedure) {
    return magInzien(caller, procedure);
  }
}
