package nl.wams.inzage.domain;

import nl.wams.commons.security.Caller;

/**
 * Object-level access in inzage: a resident (role {@code inwoner}, claim {@code bsn}) files and
 * reads their own requests and complaints - another resident's are 404, as if they did not exist;
 * an onderzoeker (municipal staff, claim {@code gemeente}) reads and handles those of their own
 * municipality.
 */
public final class Toegang {

  public static final String INWONER = "inwoner";
  public static final String MEDEWERKER = "onderzoeker";

  private Toegang() {}

  public static boolean isInwoner(Caller caller) {
    return caller.hasRole(INWONER) && caller.bsn().isPresent();
  }

  public static boolean isMedewerker(Caller caller) {
    return caller.hasRole(MEDEWERKER) && caller.gemeente().isPresent();
  }

  public static boolean magZien(Caller caller, String bsn, String gemeentecode) {
    return (isInwoner(caller) && caller.bsn().get().equals(bsn))
        || (isMedewerker(caller) && caller.worksFor(gemeentecode));
  }

  public static boolean magAfhandelen(Caller caller, String gemeentecode) {
    return isMedewerker(caller) && caller.worksFor(gemeentecode);
  }
}
