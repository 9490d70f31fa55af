package nl.wams.coordinatie.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for onderzoek's {@code GET /procedures/{uuid}}, for the tests that need procedures in
 * every state onderzoek can answer with — including failures the real service cannot be made to
 * produce (500, no answer). Tests register answers over HTTP through {@link Onderzoek}, which first
 * validates every procedure against onderzoek's contract, so the stub cannot drift from it. It
 * records how often each procedure was fetched and with which Authorization header.
 *
 * <p>One server per test JVM, whatever class loader asks: its address lives in a system property.
 * The scenario tests use the real onderzoek instead ({@link EchtOnderzoek}).
 */
public class OnderzoekStub implements QuarkusTestResourceLifecycleManager {

  static final String URL_PROPERTY = "wams.test.onderzoek-stub.url";
  private static final String LOCK = "nl.wams.coordinatie.api.OnderzoekStub";
  private static final String PROCEDURES = "/onderzoek/v1/procedures/";
  private static final String REGISTER = "/stub/procedures/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, JsonNode> antwoorden = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> aanroepen = new ConcurrentHashMap<>();
  private final Map<String, String> authorization = new ConcurrentHashMap<>();

  @Override
  public Map<String, String> start() {
    return Map.of(
        "wams.onderzoek.url",
        url() + "/onderzoek/v1",
        // Short, so that the test of a silent onderzoek is fast.
        "wams.onderzoek.read-timeout",
        "1S");
  }

  @Override
  public void stop() {
    // One server for the whole test JVM; it dies with it.
  }

  /** The stub's base URL (scheme, host, port); the first call starts it. */
  static String url() {
    synchronized (LOCK) {
      String running = System.getProperty(URL_PROPERTY);
      if (running != null) {
        return running;
      }
      try {
        HttpServer server =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        OnderzoekStub stub = new OnderzoekStub();
        server.createContext("/", stub::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        System.setProperty(URL_PROPERTY, url);
        return url;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the onderzoek stub", e);
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.startsWith(PROCEDURES) && method.equals("GET")) {
      procedure(exchange, path.substring(PROCEDURES.length()));
    } else if (path.startsWith(REGISTER) && method.equals("PUT")) {
      antwoorden.put(path.substring(REGISTER.length()), JSON.readTree(exchange.getRequestBody()));
      send(exchange, 204, null);
    } else if (path.startsWith(REGISTER) && path.endsWith("/aanroepen") && method.equals("GET")) {
      String uuid = path.substring(REGISTER.length(), path.length() - "/aanroepen".length());
      ObjectNode body = JSON.createObjectNode();
      body.put("aantal", aanroepen.getOrDefault(uuid, new AtomicInteger()).get());
      body.put("authorization", authorization.get(uuid));
      send(exchange, 200, body);
    } else {
      send(exchange, 404, null);
    }
  }

  private void procedure(HttpExchange exchange, String uuid) throws IOException {
    aanroepen.computeIfAbsent(uuid, u -> new AtomicInteger()).incrementAndGet();
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth != null) {
      authorization.put(uuid, auth);
    }
    JsonNode antwoord = antwoorden.get(uuid);
    if (antwoord == null) {
      send(exchange, 404, problem(404));
    } else if (antwoord.path("stil").asBoolean()) {
      // Accept the request and never answer: the client's read timeout must end it.
      return;
    } else if (auth == null) {
      send(exchange, 401, problem(401));
    } else {
      int status = antwoord.path("status").asInt();
      send(exchange, status, status == 200 ? antwoord.get("body") : problem(status));
    }
  }

  private static ObjectNode problem(int status) {
    ObjectNode problem = JSON.createObjectNode();
    problem.put("title", "Stub");
    problem.put("status", status);
    return problem;
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    exchange.getResponseHeaders().set("API-Version", "1.0.0");
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange
        .getResponseHeaders()
        .set("Content-Type", status < 400 ? "application/json" : "application/problem+json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
