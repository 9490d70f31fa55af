package nl.wams.commons.logboek;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern BSN_VELD = Pattern.compile("\"bsn\"\\s*:\\s*\"([0-9]{9})\"");

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

  /** The BSNs of every {@code bsn} field in a JSON text, in order, without repeats. */
  public static Set<String> inJson(String json) {
    Set<String> gevonden = new LinkedHashSet<>();
    Matcher m = BSN_VELD.matcher(json);
    while (m.find()) {
      gevonden.add(m.group(1));
    }
    return gevonden;
  }
}
