package nl.wams.commons.logboek;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.WithDefault;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * The people of onderzoek procedures, for a service that refers to them by URL and keeps no BSN
 * (coordinatie, casusoverleg, verslag): looked up at onderzoek's {@code getProcedureBetrokkenen}
 * through the service's own generated client and token, kept briefly in a {@link BetrokkenenCache},
 * and named in the current response ({@link Betrokkenen}). Any failure (onderzoek down, too slow,
 * an error, an unknown procedure, an answer without a BSN) is a 503 with Retry-After: nothing is
 * disclosed without naming whom it is about.
 */
public final class OnderzoekBetrokkenen {

  private static final Logger LOG = Logger.getLogger(OnderzoekBetrokkenen.class);

  /** One call of {@code getProcedureBetrokkenen}: the BSNs it answers for this procedure. */
  @FunctionalInterface
  public interface Opvraging {
    Collection<String> bsns(UUID procedure);
  }

  /**
   * Where onderzoek, the source of the procedures, is reached, and the look-up's settings: the
   * configuration a service that refers to procedures extends with its own
   * {@code @ConfigMapping(prefix = "wams.onderzoek")} (documented in docs/configuration.md).
   */
  public interface Bron extends nl.wams.commons.apicontract.Bron {

    /** The people of the procedures, named in the Logboek. */
    Instellingen betrokkenen();
  }

  /**
   * The settings of the look-up, a configuration group ({@code wams.onderzoek.betrokkenen.*} in the
   * services that use it; documented in docs/configuration.md).
   */
  public interface Instellingen {

    /** How long the BSNs of a procedure are kept in memory after onderzoek named them. */
    @WithDefault("60S")
    Duration cacheTtl();

    /** At most this many procedures in memory (least recently used out first); 0: no cache. */
    @WithDefault("10000")
    int cacheSize();

    /** The Retry-After of the 503 when onderzoek cannot say who the people are. */
    @WithDefault("5S")
    Duration retryAfter();
  }

  private final Opvraging opvraging;
  private final String procedurePrefix;
  private final Duration retryAfter;
  private final BetrokkenenCache cache;

  /**
   * @param onderzoek onderzoek's public base URL (e.g. {@code https://…/onderzoek/v1}), under which
   *     the stored procedure URLs lie
   */
  public OnderzoekBetrokkenen(Opvraging opvraging, URI onderzoek, Instellingen instellingen) {
    this.opvraging = opvraging;
    this.procedurePrefix = PublicUrls.zonderSlash(onderzoek.toString()) + "/procedures/";
    this.retryAfter = instellingen.retryAfter();
    this.cache =
        new BetrokkenenCache(
            this::opzoeken, instellingen.cacheTtl(), instellingen.cacheSize(), Clock.systemUTC());
  }

  /**
   * The look-up as a service configures it (its {@code wams.onderzoek.*}): onderzoek asked at
   * {@link Bron#url()} with the service's own token, procedure URLs accepted below {@link
   * Bron#publicUrl()}.
   */
  public static OnderzoekBetrokkenen van(Bron bron, Supplier<String> bearer, ObjectMapper json) {
    return new OnderzoekBetrokkenen(
        new OnderzoekOpvraging(bron.url(), bron.connectTimeout(), bron.readTimeout(), bearer, json),
        URI.create(PublicUrls.basisVan(bron)),
        bron.betrokkenen());
  }

  /** Names the people of these (canonical) procedure URLs in the current response. */
  public void noem(Collection<URI> procedures, Betrokkenen betrokkenen) {
    if (!procedures.isEmpty()) {
      cache.van(procedures).values().forEach(betrokkenen::noem);
    }
  }

  private Set<String> opzoeken(URI procedure) {
    UUID uuid =
        PublicUrls.uuidNa(procedurePrefix, procedure.toString())
            .orElseThrow(
                () -> {
                  LOG.warn("A stored procedure URL is not below onderzoek's public URL");
                  return onbekend();
                });
    Set<String> bsns;
    try {
      bsns = new LinkedHashSet<>(opvraging.bsns(uuid));
    } catch (WebApplicationException e) {
      LOG.warnf(
          "Onderzoek answered getProcedureBetrokkenen with status %d", e.getResponse().getStatus());
      throw onbekend();
    } catch (RuntimeException e) {
      // Unreachable, too slow, no service token (Keycloak away), an unreadable answer.
      LOG.warnf("Onderzoek did not name the people of a procedure: %s", e.getClass().getName());
      throw onbekend();
    }
    if (bsns.isEmpty() || bsns.contains(null)) {
      LOG.warn("Onderzoek named the people of a procedure without a BSN");
      throw onbekend();
    }
    return bsns;
  }

  private ProblemException onbekend() {
    return ProblemException.unavailable(
        "Onderzoek kon niet zeggen over wie dit gaat, dus kan het niet worden vastgelegd in het"
            + " Logboek. Probeer het later opnieuw.",
        retryAfter);
  }
}
