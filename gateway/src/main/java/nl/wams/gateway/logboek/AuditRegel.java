package nl.wams.gateway.logboek;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One request in the audit trail: who, in which roles, through which application, what. */
public record AuditRegel(
    String traceId,
    Instant tijdstip,
    String gebruiker,
    List<String> rollen,
    String applicatie,
    String operatie,
    String verwerkingsactiviteit,
    List<String> velden,
    List<String> gegevenscategorieen,
    int status) {

  /** The values of the row in column order, for the hash chain. */
  public List<Object> waarden() {
    return Arrays.asList(
        traceId,
        tijdstip,
        gebruiker,
        rollen,
        applicatie,
        operatie,
        verwerkingsactiviteit,
        velden,
        gegevenscategorieen,
        status);
  }
}
