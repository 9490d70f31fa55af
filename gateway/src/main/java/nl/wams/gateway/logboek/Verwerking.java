package nl.wams.gateway.logboek;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One record of the Logboek Dataverwerkingen: one request, one data subject. {@code betrokkene} is
 * already pseudonymised ({@link Pseudoniem}) under the key of version {@code sleutelversie};
 * moments are in microseconds.
 */
public record Verwerking(
    String traceId,
    String spanId,
    String parentSpanId,
    String naam,
    Instant start,
    Instant eind,
    String status,
    String verwerkingsactiviteit,
    String betrokkene,
    String betrokkeneType,
    String applicatie,
    String rol,
    String organisatie,
    List<String> gegevenscategorieen,
    String sleutelversie) {

  public static final String OK = "OK";
  public static final String FOUT = "FOUT";
  public static final String BSN = "BSN";

  /** The values of the row in column order, for the hash chain. */
  public List<Object> waarden() {
    return Arrays.asList(
        traceId,
        spanId,
        parentSpanId,
        naam,
        start,
        eind,
        status,
        verwerkingsactiviteit,
        betrokkene,
        betrokkeneType,
        applicatie,
        rol,
        organisatie,
        gegevenscategorieen,
        sleutelversie);
  }
}
