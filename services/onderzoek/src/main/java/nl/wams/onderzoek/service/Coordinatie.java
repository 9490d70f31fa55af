package nl.wams.onderzoek.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
    URI vraag =
        URI.create(
            config.url()
                + "/aanpakken?pageSize=1&procedure="
                + URLEncoder.encode(procedure.toString(), StandardCharsets.UTF_8));
    try {
      HttpResponse<byte[]> antwoord =
          http.send(
              HttpRequest.newBuilder(vraag)
                  .timeout(config.timeout())
                  .header("Authorization", "Bearer " + bearerToken)
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (antwoord.statusCode() != 200) {
        return false;
      }
      return json.readTree(antwoord.body()).path("count").asLong() > 0;
    } catch (IOException e) {
      LOG.warnf(
          "coordinatie did not answer (%s); coordinator access refused", e.getClass().getName());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
