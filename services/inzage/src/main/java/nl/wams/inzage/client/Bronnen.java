package nl.wams.inzage.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.wams.commons.apicontract.PublicUrls;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * The sources (onderzoek, coordinatie, casusoverleg, the Logboek) read through the gateway with the
 * resident's own access token and purpose {@code inzage-inwoner}: the gateway checks the token,
 * cuts the answer to the resident's view and writes every read to the Logboek; each source applies
 * its own object-level rule to the same person. Answers are read as JSON trees and never stored.
 */
@ApplicationScoped
public class Bronnen {

  public static final String DOEL = "inzage-inwoner";
  private static final Logger LOG = Logger.getLogger(Bronnen.class);

  private final HttpClient http;
  private final InzageConfig config;
  private final ObjectMapper json;
  private final String gateway;

  Bronnen(InzageConfig config, ObjectMapper json) {
    this.config = config;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(config.gateway().timeout()).build();
    this.gateway = PublicUrls.zonderSlash(config.gateway().url().toString());
  }

  /** The resident's procedures (onderzoek filters them by the token's bsn). */
  public JsonNode procedures(String token) {
    return verwacht(get(token, "/onderzoek/v1/procedures?pageSize=100").join(), "onderzoek")
        .orElseThrow(() -> onbereikbaar("onderzoek"));
  }

  /** One procedure; empty when it is not the resident's (403) or unknown (404). */
  public Optional<JsonNode> procedure(String token, String uuid) {
    return verwacht(get(token, "/onderzoek/v1/procedures/" + uuid).join(), "onderzoek");
  }

  public CompletableFuture<Optional<JsonNode>> aanpakken(String token, String procedureUrl) {
    return get(token, "/coordinatie/v1/aanpakken?procedure=" + enc(procedureUrl))
        .thenApply(a -> verwacht(a, "coordinatie"));
  }

  public CompletableFuture<Optional<JsonNode>> overleggen(String token, String procedureUrl) {
    return get(token, "/casusoverleg/v1/overleggen?pageSize=100&procedure=" + enc(procedureUrl))
        .thenApply(a -> verwacht(a, "casusoverleg"));
  }

  /** A resource by its canonical URL, fetched through the gateway by its path. */
  public Optional<JsonNode> volg(String token, String url) {
    String pad = URI.create(url).getRawPath();
    return verwacht(get(token, pad).join(), "coordinatie");
  }

  /** Agreements §1: the Logboek's search, for the BSN of the resident's own token. */
  public JsonNode verwerkingen(
      String token, String bsn, String van, String tot, int page, int pageSize) {
    String body;
    try {
      body = json.writeValueAsString(java.util.Map.of("bsn", bsn, "van", van, "tot", tot));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest request =
        verzoek(token, "/logboek/v1/verwerkingen/_zoek?page=" + page + "&pageSize=" + pageSize)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return verwacht(stuur(request).join(), "logboek").orElseThrow(() -> onbereikbaar("logboek"));
  }

  private CompletableFuture<Antwoord> get(String token, String pad) {
    return stuur(verzoek(token, pad).GET().build());
  }

  private HttpRequest.Builder verzoek(String token, String pad) {
    return HttpRequest.newBuilder(URI.create(gateway + pad))
        .timeout(config.gateway().timeout())
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .header("Wams-Verwerkingsactiviteit", DOEL);
  }

  private record Antwoord(int status, byte[] body) {}

  private CompletableFuture<Antwoord> stuur(HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(r -> new Antwoord(r.statusCode(), r.body()))
        .exceptionally(
            e -> {
              LOG.warnf("Gateway unreachable: %s", e.getClass().getName());
              return new Antwoord(-1, new byte[0]);
            });
  }

  /** 200: the JSON; 403/404: empty (nothing about it is told); anything else: 503. */
  private Optional<JsonNode> verwacht(Antwoord antwoord, String bron) {
    if (antwoord.status() == 200) {
      try {
        return Optional.of(json.readTree(antwoord.body()));
      } catch (IOException e) {
        throw onbereikbaar(bron);
      }
    }
    if (antwoord.status() == 403 || antwoord.status() == 404) {
      return Optional.empty();
    }
    if (antwoord.status() == 400) {
      throw ProblemException.invalid("van", "invalid", "De periode is ongeldig.");
    }
    LOG.warnf("%s answered %d through the gateway", bron, antwoord.status());
    throw onbereikbaar(bron);
  }

  /** Unwraps a failure of a parallel fetch into the problem it carries. */
  public static <T> T wacht(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ProblemException p) {
        throw p;
      }
      throw e;
    }
  }

  private static ProblemException onbereikbaar(String bron) {
    return new ProblemException(
        ProblemType.SERVICE_UNAVAILABLE,
        "Een deel van uw dossier (" + bron + ") is nu niet bereikbaar. Probeer het later opnieuw.");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
