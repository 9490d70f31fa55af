package nl.wams.inzage.domain;

/**
 * How a request or complaint moves on: from ONTVANGEN to IN_BEHANDELING or straight to a final
 * state; a final state never changes; a final state needs the municipality's answer (reactie),
 * which the resident reads.
 */
public final class Afhandelregel {

  private Afhandelregel() {}

  /** Null when allowed, else the broken rule as {field, code, reason}. */
  public static String[] controleer(Status huidig, Status nieuw, String reactie) {
    if (huidig.afgerond()) {
      return new String[] {"status", "afgerond", "Dit is al afgehandeld; de status ligt vast."};
    }
    if (nieuw == Status.ONTVANGEN) {
      return new String[] {"status", "invalid", "Terug naar ontvangen kan niet."};
    }
    if (nieuw.afgerond() && (reactie == null || reactie.isBlank())) {
      return new String[] {
        "reactie", "required", "Geef de inwoner een reactie bij het afhandelen."
      };
    }
    return null;
  }
}
