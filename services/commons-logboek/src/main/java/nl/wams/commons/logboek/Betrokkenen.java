package nl.wams.commons.logboek;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The data subjects of the current response, by BSN, for the header {@value #HEADER} that the
 * gateway turns into Logboek records and strips. Every {@code "bsn": "<nine digits>"} in a
 * successful response body is named automatically ({@link BetrokkenenHeader}); a resource whose
 * body carries a person's data without their BSN names them here with {@link #noem}.
 *
 * <p>The header is internal: a service port must never be reachable other than through the gateway
 * (docs/gateway.md).
 */
@RequestScoped
public class Betrokkenen {

  public static final String HEADER = "Wams-Betrokkenen";

  private static final String BSN_VELD = "\"bsn\"";

  private final Set<String> genoemd = new LinkedHashSet<>();

  /** Names a data subject of this response (ignored when null or blank). */
  public void noem(String bsn) {
    if (bsn != null && !bsn.isBlank()) {
      genoemd.add(bsn.strip());
    }
  }

  public void noem(Collection<String> bsns) {
    bsns.forEach(this::noem);
  }

  Set<String> genoemd() {
    return genoemd;
  }

  /**
   * The BSNs of every {@code "bsn": "<nine digits>"} in a JSON text, in order, without repeats. A
   * plain scan (it runs on every successful response, so no regular expression).
   */
  public static Set<String> inJson(String json) {
    Set<String> gevonden = new LinkedHashSet<>();
    for (int veld = json.indexOf(BSN_VELD); veld >= 0; veld = json.indexOf(BSN_VELD, veld + 1)) {
      int i = naWitruimte(json, veld + BSN_VELD.length());
      if (i < json.length() && json.charAt(i) == ':') {
        i = naWitruimte(json, i + 1);
        if (isBsnTekst(json, i)) {
          gevonden.add(json.substring(i + 1, i + 10));
        }
      }
    }
    return gevonden;
  }

  private static int naWitruimte(String json, int i) {
    while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A JSON string of exactly nine digits starts at {@code i}. */
  private static boolean isBsnTekst(String json, int i) {
    if (i + 10 >= json.length() || json.charAt(i) != '"' || json.charAt(i + 10) != '"') {
      return false;
    }
    for (int c = i + 1; c < i + 10; c++) {
      if (json.charAt(c) < '0' || json.charAt(c) > '9') {
        return false;
      }
    }
    return true;
  }
}
