package nl.wams.commons.test;

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
 * A stand-in for onderzoek's {@code GET /procedures/{uuid}} and {@code GET
 * /procedures/{uuid}/betrokkenen}, for the tests of coordinatie and casusoverleg that need
 * procedures in every state onderzoek can answer with — including failures the real service cannot
 * be made to produce (500, no answer). Tests register answers over HTTP ({@code PUT
 * /stub/procedures/{uuid}} with {@code {"status": 200, "body": <procedure>}}, {@code {"status":
 * 403}} or {@code {"stil": true}}; a service's own fixture validates every procedure against
 * onderzoek's contract first, so the stub cannot drift from it). The people of a procedure are the
 * BSNs of its body's betrokkene and household members, unless the registration says {@code
 * "betrokkenenStatus": <status>} or {@code "betrokkenenStil": true}; only a wams-service token gets
 * them. It records how often each procedure and its people were fetched, and the Authorization
 * header of the last fetch of the procedure.
 *
 * <p>One server per test JVM, whatever class loader asks: its address lives in a system property.
 * The scenario tests use the real onderzoek instead.
 */
public class OnderzoekStub implements QuarkusTestResourceLifecycleManager {

  public static final String URL_PROPERTY = "wams.test.onderzoek-stub.url";
  private static final String LOCK = "nl.wams.commons.test.OnderzoekStub";
  private static final String PROCEDURES = "/onderzoek/v1/procedures/";
  private static final String REGISTER = "/stub/procedures/";
  private static final String BETROKKENEN = "/betrokkenen";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, JsonNode> antwoorden = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> aanroepen = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> betrokkenenAanroepen = new ConcurrentHashMap<>();
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
  public static String url() {
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
    if (path.startsWith(PROCEDURES) && path.endsWith(BETROKKENEN) && method.equals("GET")) {
      betrokkenen(
          exchange, path.substring(PROCEDURES.length(), path.length() - BETROKKENEN.length()));
    } else if (path.startsWith(PROCEDURES) && method.equals("GET")) {
      procedure(exchange, path.substring(PROCEDURES.length()));
    } else if (path.startsWith(REGISTER) && method.equals("PUT")) {
      antwoorden.put(path.substring(REGISTER.length()), JSON.readTree(exchange.getRequestBody()));
      send(exchange, 204, null);
    } else if (path.startsWith(REGISTER) && path.endsWith("/aanroepen") && method.equals("GET")) {
      String uuid = path.substring(REGISTER.length(), path.length() - "/aanroepen".length());
      ObjectNode body = JSON.createObjectNode();
      body.put("aantal", aanroepen.getOrDefault(uuid, new AtomicInteger()).get());
      body.put("betrokkenen", betrokkenenAanroepen.getOrDefault(uuid, new AtomicInteger()).get());
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

  private void betrokkenen(HttpExchange exchange, String uuid) throws IOException {
    betrokkenenAanroepen.computeIfAbsent(uuid, u -> new AtomicInteger()).incrementAndGet();
    JsonNode antwoord = antwoorden.get(uuid);
    if (antwoord == null || antwoord.path("status").asInt() != 200) {
      // Unknown, or a procedure onderzoek answers with an error: as the real one, 404.
      send(exchange, 404, problem(404));
    } else if (antwoord.path("betrokkenenStil").asBoolean()) {
      return;
    } else if (!alsDienst(exchange)) {
      send(exchange, 403, problem(403));
    } else if (antwoord.has("betrokkenenStatus")) {
      int status = antwoord.path("betrokkenenStatus").asInt();
      send(exchange, status, problem(status));
    } else {
      ObjectNode body = JSON.createObjectNode();
      var lijst = body.putArray("betrokkenen");
      JsonNode procedure = antwoord.get("body");
      lijst
          .addObject()
          .put("bsn", procedure.path("betrokkene").path("bsn").asText())
          .put("rol", "BETROKKENE");
      for (JsonNode lid : procedure.path("huishoudleden")) {
        if (lid.hasNonNull("bsn")) {
          lijst.addObject().put("bsn", lid.get("bsn").asText()).put("rol", "HUISHOUDLID");
        }
      }
      send(exchange, 200, body);
    }
  }

  /** Whether the bearer token carries the realm role wams-service (read, not verified: a stub). */
  private static boolean alsDienst(HttpExchange exchange) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth == null || !auth.startsWith("Bearer ")) {
      return false;
    }
    String[] delen = auth.substring("Bearer ".length()).split("\\.");
    if (delen.length < 2) {
      return false;
    }
    JsonNode claims = JSON.readTree(java.util.Base64.getUrlDecoder().decode(delen[1]));
    for (JsonNode rol : claims.path("realm_access").path("roles")) {
      if (rol.asText().equals("wams-service")) {
        return true;
      }
    }
    return false;
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
