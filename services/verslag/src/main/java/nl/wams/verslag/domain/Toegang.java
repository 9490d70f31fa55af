package nl.wams.verslag.domain;

import java.util.Optional;
import nl.wams.commons.security.Caller;

/**
 * Who may do what with a report. The organiser roles of casusoverleg (onderzoeker, coordinator) of
 * the overleg's municipality draft, adopt and distribute it; a partner reads only the part of its
 * own organisation, once distributed to it; nobody else sees a report.
 */
public final class Toegang {

  public static final String ONDERZOEKER = "onderzoeker";
  public static final String COORDINATOR = "coordinator";
  public static final String PARTNER = "partner-";

  public static final String FG = "fg";
  public static final String AUDITOR = "auditor";

  private Toegang() {}

  /** The privacy officer or accountant, with a municipality: the accountability report. */
  public static boolean toezichthouder(Caller caller) {
    return (caller.hasRole(FG) || caller.hasRole(AUDITOR)) && caller.gemeente().isPresent();
  }

  /** Reads the accountability report of a procedure of this municipality. */
  public static boolean magVerantwoordingLezen(Caller caller, String gemeentecode) {
    return toezichthouder(caller) && caller.worksFor(gemeentecode);
  }

  /** An organiser role with a municipality, whatever the report. */
  public static boolean medewerker(Caller caller) {
    return (caller.hasRole(ONDERZOEKER) || caller.hasRole(COORDINATOR))
        && caller.gemeente().isPresent();
  }

  /** Drafts, adopts and distributes the reports of this municipality, and reads them in full. */
  public static boolean organisator(Caller caller, String gemeentecode) {
    return medewerker(caller) && caller.worksFor(gemeentecode);
  }

  /** The organisation of a partner caller, if the caller is one. */
  public static Optional<String> partnerOrganisatie(Caller caller) {
    boolean partner = caller.roles().stream().anyMatch(r -> r.startsWith(PARTNER));
    return partner ? caller.organisatie().filter(o -> !o.isBlank()) : Optional.empty();
  }

  /** A partner recognises its participation by its organisation, case-insensitively. */
  public static boolean zelfdeOrganisatie(String a, String b) {
    return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
  }
}
