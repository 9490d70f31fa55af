package nl.wams.coordinatie.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.logboek.BetrokkenenCache;
import nl.wams.commons.problem.ProblemException;
import nl.wams.coordinatie.client.onderzoek.ProceduresApi;
import nl.wams.coordinatie.client.onderzoek.model.ProcedureBetrokkene;
import nl.wams.coordinatie.service.ProcedureBetrokkenen;
import org.jboss.logging.Logger;

/**
 * The people of a procedure from onderzoek's {@code getProcedureBetrokkenen}, called with the
 * services' own token (client {@code wams-services}, role {@code wams-service}): the caller of
 * coordinatie may well have no access to the procedure at onderzoek, and naming its people is the
 * service's own duty. Kept briefly in a bounded in-memory cache ({@link BetrokkenenCache}); never
 * stored or logged. Any failure (onderzoek down, too slow, an error, an unknown procedure) is a 503
 * with Retry-After: nothing is disclosed without naming whom it is about.
 */
@ApplicationScoped
class OnderzoekBetrokkenen implements ProcedureBetrokkenen {

  private static final Logger LOG = Logger.getLogger(OnderzoekBetrokkenen.class);

  private final ProceduresApi api;
  private final BetrokkenenCache cache;
  private final Betrokkenen betrokkenen;
  private final String procedurePrefix;
  private final Duration retryAfter;

  OnderzoekBetrokkenen(
      OnderzoekConfig config,
      ObjectMapper json,
      Instance<OidcClient> tokens,
      Betrokkenen betrokkenen) {
    this.api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(config.url())
            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .clientHeadersFactory(new DienstToken(tokens))
            .register(new TolerantJson(json))
            .build(ProceduresApi.class);
    this.cache =
        new BetrokkenenCache(
            this::opzoeken,
            config.betrokkenen().cacheTtl(),
            config.betrokkenen().cacheSize(),
            Clock.systemUTC());
    this.betrokkenen = betrokkenen;
    this.procedurePrefix =
        zonderSlash(config.publicUrl().orElse(config.url()).toString()) + "/procedures/";
    this.retryAfter = config.betrokkenen().retryAfter();
  }

  @Override
  public void noem(Collection<URI> procedures) {
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
    Set<String> bsns = new LinkedHashSet<>();
    try {
      for (ProcedureBetrokkene betrokkene : api.getProcedureBetrokkenen(uuid).getBetrokkenen()) {
        bsns.add(betrokkene.getBsn());
      }
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

  private static String zonderSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
