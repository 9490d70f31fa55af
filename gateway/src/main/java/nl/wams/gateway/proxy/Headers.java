package nl.wams.gateway.proxy;

import io.vertx.core.MultiMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Which headers cross the gateway, and the W3C trace context it passes on. */
final class Headers {

  /** The processing activity (purpose) of a request; see docs/gateway.md. */
  static final String VERWERKINGSACTIVITEIT = "Wams-Verwerkingsactiviteit";

  /**
   * The data subjects of a response, named by the component for the Logboek Dataverwerkingen; the
   * gateway keeps it and never passes it to the client.
   */
  static final String BETROKKENEN = "Wams-Betrokkenen";

  /** {@link #BETROKKENEN} in lower case, for {@link #endToEnd}. */
  static final Set<String> ALLEEN_VOOR_DE_GATEWAY = Set.of(BETROKKENEN.toLowerCase(Locale.ROOT));

  static final String TRACEPARENT = "traceparent";

  /** RFC 9110 §7.6.1 plus the classic ones: they describe one connection, not the message. */
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "host",
          "content-length");

  private static final Pattern TRACEPARENT_FORMAT =
      Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

  private Headers() {}

  /**
   * The end-to-end headers of {@code from}: hop-by-hop ones, {@code alsoDrop} (lower case) and
   * those named in Connection left out.
   */
  static MultiMap endToEnd(MultiMap from, Set<String> alsoDrop) {
    Set<String> genoemd = new HashSet<>();
    for (String value : from.getAll("Connection")) {
      for (String token : value.split(",")) {
        genoemd.add(token.trim().toLowerCase(Locale.ROOT));
      }
    }
    MultiMap to = MultiMap.caseInsensitiveMultiMap();
    for (Map.Entry<String, String> header : from) {
      String naam = header.getKey().toLowerCase(Locale.ROOT);
      if (!HOP_BY_HOP.contains(naam) && !alsoDrop.contains(naam) && !genoemd.contains(naam)) {
        to.add(header.getKey(), header.getValue());
      }
    }
    return to;
  }

  /** The caller's traceparent if it is valid W3C trace context, else a new trace. */
  static String traceparent(String incoming) {
    if (incoming != null && TRACEPARENT_FORMAT.matcher(incoming.trim()).matches()) {
      return incoming.trim();
    }
    byte[] trace = new byte[16];
    byte[] span = new byte[8];
    ThreadLocalRandom.current().nextBytes(trace);
    ThreadLocalRandom.current().nextBytes(span);
    trace[0] |= 1;
    span[0] |= 1;
    return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
  }
}
