package nl.wams.gateway.proxy;

import io.quarkus.security.identity.SecurityIdentity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the gateway knows of one request for its Logboek and audit records, filled in as the request
 * passes: its trace and the gateway's own span, when it started, who asked (once the token is
 * valid), which operation, for which activity, and in which roles it was granted.
 */
final class Verzoek {

  static final String SLEUTEL = "wams.verzoek";

  final Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
  final String traceId;
  final String parentSpanId;
  final String spanId;
  private final String flags;
  SecurityIdentity identiteit;
  String operatie;
  String activiteit;
  List<String> rollen;

  /** Forwarded to a component and not yet answered: counted in {@code LogboekSchrijver}. */
  boolean onderweg;

  /** From the caller's traceparent (already validated or newly made by {@link Headers}). */
  Verzoek(String traceparent, boolean vanAanroeper) {
    String[] delen = traceparent.split("-");
    this.traceId = delen[1];
    this.parentSpanId = vanAanroeper ? delen[2] : null;
    this.flags = delen[3];
    byte[] span = new byte[8];
    ThreadLocalRandom.current().nextBytes(span);
    span[0] |= 1;
    this.spanId = HexFormat.of().formatHex(span);
  }

  /** The traceparent passed to the component: the same trace, the gateway's span as parent. */
  String traceparent() {
    return "00-" + traceId + "-" + spanId + "-" + flags;
  }
}
