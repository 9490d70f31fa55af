package nl.wams.onderzoek.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP endpoint on a free port standing in for coordinatie's two faces towards onderzoek
 * (and for meldpunt's events endpoint, whose deliveries are read with {@code GET
 * /ontvangen-meldpunt}): receiving events (so the outbox relay's deliveries — headers, body,
 * retries — can be observed; it answers 204, or a set failure status to prove retries) and
 * answering whether a caller coordinates a procedure ({@code GET /aanpakken?procedure=}, counting 1
 * only for appointments a test registered with {@code PUT /coordineert?procedure=&gebruiker=},
 * matched against the bearer token's user) and which procedures they coordinate ({@code GET
 * /aanpakken}, paged, each result with only its {@code procedure}). Coordinatie itself is exercised
 * against the real onderzoek in its own scenario tests. Tests read what arrived with {@code GET
 * /ontvangen} and set the answer with {@code PUT /antwoord/<status>} (over HTTP, since the test and
 * this resource may live in different class loaders).
 */
public class CoordinatieStandIn implements QuarkusTestResourceLifecycleManager {

  /** What arrived: the Authorization header and the body. */
  public record Levering(String authorization, String contentType, String body) {}

  private final List<Levering> ontvangen = new CopyOnWriteArrayList<>();
  private final List<Levering> ontvangenDoorMeldpunt = new CopyOnWriteArrayList<>();
  private final AtomicInteger antwoord = new AtomicInteger(204);
  private final Set<String> aanstellingen = ConcurrentHashMap.newKeySet();

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
        "/coordinatie/v1/aanpakken",
        exchange -> {
          String procedure = queryParam(exchange.getRequestURI(), "procedure");
          String gebruiker = gebruiker(exchange.getRequestHeaders().getFirst("Authorization"));
          List<String> procedures =
              aanstellingen.stream()
                  .filter(a -> a.endsWith(" " + gebruiker))
                  .map(a -> a.substring(0, a.length() - gebruiker.length() - 1))
                  .filter(p -> procedure.isEmpty() || p.equals(procedure))
                  .sorted()
                  .toList();
          int pageSize = Integer.parseInt(queryParam(exchange.getRequestURI(), "pageSize", "20"));
          int page = Integer.parseInt(queryParam(exchange.getRequestURI(), "page", "1"));
          List<Map<String, String>> results =
              procedures.stream()
                  .skip((long) (page - 1) * pageSize)
                  .limit(pageSize)
                  .map(p -> Map.of("procedure", p))
                  .toList();
          byte[] body =
              new ObjectMapper()
                  .writeValueAsBytes(Map.of("count", procedures.size(), "results", results));
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/coordineert",
        exchange -> {
          aanstellingen.add(
              queryParam(exchange.getRequestURI(), "procedure")
                  + " "
                  + queryParam(exchange.getRequestURI(), "gebruiker"));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    // meldpunt's events endpoint, which learns of started procedures; always 204.
    server.createContext(
        "/meldpunt/v1/gebeurtenissen",
        exchange -> {
          ontvangenDoorMeldpunt.add(
              new Levering(
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.createContext(
        "/ontvangen-meldpunt",
        exchange -> {
          byte[] body = new ObjectMapper().writeValueAsBytes(ontvangenDoorMeldpunt);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
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
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    return Map.of(
        "wams.events.subscribers.meldpunt.url",
        base + "/meldpunt/v1/gebeurtenissen",
        "wams.events.subscribers.coordinatie.url",
        base + "/coordinatie/v1/gebeurtenissen",
        "wams.coordinatie.url",
        base + "/coordinatie/v1");
  }

  private static String queryParam(URI uri, String name, String otherwise) {
    String value = queryParam(uri, name);
    return value.isEmpty() ? otherwise : value;
  }

  private static String queryParam(URI uri, String name) {
    for (String pair : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  /**
   * The user a bearer token speaks for (payload only: the real coordinatie verifies signatures).
   */
  private static String gebruiker(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return "";
    }
    String[] parts = authorization.substring(7).split("\\.");
    try {
      return new ObjectMapper()
          .readTree(Base64.getUrlDecoder().decode(parts[1]))
          .path("preferred_username")
          .asText();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
