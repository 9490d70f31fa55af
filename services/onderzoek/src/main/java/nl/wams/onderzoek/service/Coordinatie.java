package nl.wams.onderzoek.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Asks coordinatie — the source of appointments — whether the caller coordinates a procedure, with
 * the caller's own token: coordinatie shows a coordinator only the aanpakken they are appointed to,
 * so one result means yes. Nothing is copied; if coordinatie cannot answer, the answer is no (fail
 * closed).
 */
@ApplicationScoped
public class Coordinatie {

  private static final Logger LOG = Logger.getLogger(Coordinatie.class);

  /** Where coordinatie is reached (documented in docs/configuration.md). */
  @ConfigMapping(prefix = "wams.coordinatie")
  public interface Config {
    /** Base URL of coordinatie's API, including its base path. */
    @WithDefault("http://localhost:8084/coordinatie/v1")
    URI url();

    @WithDefault("5S")
    Duration timeout();
  }

  private final Config config;
  private final ObjectMapper json;
  private final HttpClient http;

  Coordinatie(Config config, ObjectMapper json) {
    this.config = config;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
  }

  public boolean coordineert(URI procedure, String bearerToken) {
    return vraag(
            "/aanpakken?pageSize=1&procedure="
                + URLEncoder.encode(procedure.toString(), StandardCharsets.UTF_8),
            bearerToken)
        .map(antwoord -> antwoord.path("count").asLong() > 0)
        .orElse(false);
  }

  /**
   * The URLs of all procedures the caller coordinates, as coordinatie lists their aanpakken (all
   * pages, at most {@link #MAX_PAGINAS} of 100). Empty when coordinatie cannot answer (fail closed:
   * the caller then simply sees nothing).
   */
  public Set<URI> gecoordineerd(String bearerToken) {
    Set<URI> procedures = new LinkedHashSet<>();
    for (int page = 1; page <= MAX_PAGINAS; page++) {
      Optional<JsonNode> antwoord = vraag("/aanpakken?pageSize=100&page=" + page, bearerToken);
      if (antwoord.isEmpty()) {
        return Set.of();
      }
      for (JsonNode aanpak : antwoord.get().path("results")) {
        try {
          procedures.add(new URI(aanpak.path("procedure").asText()));
        } catch (URISyntaxException e) {
          LOG.warn("coordinatie listed an aanpak with an unusable procedure URL; it is skipped");
        }
      }
      if (page * 100L >= antwoord.get().path("count").asLong()) {
        break;
      }
    }
    return procedures;
  }

  private static final int MAX_PAGINAS = 50;

  private Optional<JsonNode> vraag(String pad, String bearerToken) {
    try {
      HttpResponse<byte[]> antwoord =
          http.send(
              HttpRequest.newBuilder(URI.create(config.url() + pad))
                  .timeout(config.timeout())
                  .header("Authorization", "Bearer " + bearerToken)
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (antwoord.statusCode() != 200) {
        LOG.warnf("coordinatie answered %d; coordinator access refused", antwoord.statusCode());
        return Optional.empty();
      }
      return Optional.of(json.readTree(antwoord.body()));
    } catch (IOException e) {
      LOG.warnf(
          "coordinatie did not answer (%s); coordinator access refused", e.getClass().getName());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
