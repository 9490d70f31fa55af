package nl.wams.meldpunt.domain;

import nl.wams.commons.security.Caller;

/**
 * Who works with aanmeldingen (WAMS.md §9): a meldpunt-medewerker registers and triages the
 * aanmeldingen of their own municipality, and sees only those. One instance may serve a region; the
 * token's {@code gemeente} claim decides.
 */
public final class Toegang {

  public static final String MELDPUNT_MEDEWERKER = "meldpunt-medewerker";

  private Toegang() {}

  public static boolean magWerkenIn(Caller caller, String gemeentecode) {
    return caller.hasRole(MELDPUNT_MEDEWERKER) && caller.worksFor(gemeentecode);
  }
}
