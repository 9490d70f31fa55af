package nl.wams.onderzoek.domain;

import java.util.function.BooleanSupplier;
import nl.wams.commons.security.Caller;

/**
 * Object-level access to procedures (ARCHITECTURE §1, WAMS.md §9): an onderzoeker works on the
 * procedures assigned to them, in their own municipality; a coordinator reads the procedures they
 * coordinate (as coordinatie, the source of appointments, says); a resident (role {@code inwoner})
 * reads the procedures of which the BSN of their token is the betrokkene, in the resident's view
 * (restricted items withheld); the fg and auditor of the municipality read it for verslag's
 * accountability report ({@link #magToezien}). Only the onderzoeker changes a dossier.
 */
public final class Toegang {

  public static final String ONDERZOEKER = "onderzoeker";
  public static final String COORDINATOR = "coordinator";
  public static final String INWONER = "inwoner";
  public static final String FG = "fg";
  public static final String AUDITOR = "auditor";

  private Toegang() {}

  public static boolean magStarten(Caller caller, String gemeentecode) {
    return caller.hasRole(ONDERZOEKER) && caller.worksFor(gemeentecode);
  }

  /**
   * @param coordineert asks coordinatie whether the caller coordinates this procedure; only asked
   *     for a coordinator who is not its onderzoeker
   */
  public static boolean magInzien(Caller caller, Procedure procedure, BooleanSupplier coordineert) {
    return magInzien(caller, procedure.gemeentecode(), procedure.onderzoeker(), coordineert);
  }

  /** The same rule, from the two facts it needs: the procedure's municipality and onderzoeker. */
  public static boolean magInzien(
      Caller caller, String gemeentecode, String onderzoeker, BooleanSupplier coordineert) {
    return magBewerken(caller, gemeentecode, onderzoeker)
        || (caller.hasRole(COORDINATOR) && coordineert.getAsBoolean());
  }

  public static boolean magBewerken(Caller caller, Procedure procedure) {
    return magBewerken(caller, procedure.gemeentecode(), procedure.onderzoeker());
  }

  public static boolean magBewerken(Caller caller, String gemeentecode, String onderzoeker) {
    return caller.hasRole(ONDERZOEKER)
        && caller.worksFor(gemeentecode)
        && caller.username().equals(onderzoeker);
  }

  /**
   * The privacy officer ({@code fg}) or the accountant ({@code auditor}) of the procedure's
   * municipality reads a dossier, never changes it: only for verslag's accountability report, which
   * asks with their token and keeps nothing of the content (docs/verslag.md).
   */
  public static boolean magToezien(Caller caller, String gemeentecode) {
    return (caller.hasRole(FG) || caller.hasRole(AUDITOR)) && caller.worksFor(gemeentecode);
  }

  /** A resident reading their own procedure: the token's {@code bsn} claim is the betrokkene. */
  public static boolean isBetrokkene(Caller caller, String betrokkeneBsn) {
    return caller.hasRole(INWONER) && caller.bsn().filter(betrokkeneBsn::equals).isPresent();
  }
}
