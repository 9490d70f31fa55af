package nl.wams.onderzoek.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP endpoint on a free port standing where coordinatie receives events, so the outbox
 * relay's deliveries (headers, body, retries) can be observed. It answers 204, or a set failure
 * status to prove that failed deliveries are retried. Tests read what arrived with {@code GET
 * /ontvangen} and set the answer with {@code PUT /antwoord/<status>} (over HTTP, since the test and
 * this resource may live in different class loaders).
 */
public class GebeurtenisOntvanger implements QuarkusTestResourceLifecycleManager {

  /** What arrived: the Authorization header and the body. */
  public record Levering(String authorization, String contentType, String body) {}

  private final List<Levering> ontvangen = new CopyOnWriteArrayList<>();
  private final AtomicInteger antwoord = new AtomicInteger(204);

  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/coordinatie/v1/gebeurtenissen",
        exchange -> {
          ontvangen.add(
              new Levering(
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          exchange.sendResponseHeaders(antwoord.get(), -1);
          exchange.close();
        });
    server.createContext(
        "/ontvangen",
        exchange -> {
          byte[] body = new ObjectMapper().writeValueAsBytes(ontvangen);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/antwoord/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          antwoord.set(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return Map.of(
        "wams.events.subscribers.coordinatie.url",
        "http://127.0.0.1:" + server.getAddress().getPort() + "/coordinatie/v1/gebeurtenissen");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
