package nl.wams.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the demo load against a small stand-in for meldpunt that keeps to the contract's rules. */
class MeldpuntDemoTest {
  private static final String BASE = "/meldpunt/v1";

  private final FakeMeldpunt meldpunt = new FakeMeldpunt();
  private HttpServer server;
  private MeldpuntDemo demo;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(BASE + "/aanmeldingen", meldpunt::handle);
    server.start();
    URI apiBase = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE);
    demo = new MeldpuntDemo(HttpClient.newHttpClient(), apiBase, user -> "token-of-" + user);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void createsEveryAanmeldingAndTriagesThoseWithATriageFile() throws Exception {
    assertEquals(new MeldpuntDemo.Result(6, 5, 0), demo.load());

    assertEquals(6, meldpunt.statusByUuid.size());
    assertEquals(1, meldpunt.statusByUuid.values().stream().filter("NIEUW"::equals).count());
  }

  @Test
  void aSecondLoadDuplicatesNothingAndTriagesNothingAgain() throws Exception {
    demo.load();

    assertEquals(new MeldpuntDemo.Result(6, 0, 5), demo.load());

    assertEquals(6, meldpunt.statusByUuid.size());
    assertEquals(5, meldpunt.triageCalls);
  }

  @Test
  void everyRequestCarriesTheTokenOfTheMeldpuntUserOfTheAanmeldingsGemeente() throws Exception {
    demo.load();

    assertEquals(
        Set.of("Bearer token-of-meldpunt-ams", "Bearer token-of-meldpunt-utr"),
        Set.copyOf(meldpunt.authorizations));
    assertEquals(6 + 5 + 5, meldpunt.authorizations.size());
  }

  @Test
  void aGemeenteWithoutDemoUserIsNamed() {
    var error = assertThrows(LaunchException.class, () -> MeldpuntDemo.user("0999"));

    assertTrue(error.getMessage().contains("0999"), error.getMessage());
  }

  @Test
  void aRefusalNamesTheFileAndTheFieldButNotTheValue() {
    meldpunt.refuseWith =
        """
        {"title":"Ongeldige invoer","status":400,"invalidParams":[
          {"name":"betrokkene.bsn","code":"invalid-bsn","reason":"999993653 voldoet niet"}]}
        """;

    var error = assertThrows(LaunchException.class, demo::load);

    assertTrue(error.getMessage().contains("01-melding-inwoner.json"), error.getMessage());
    assertTrue(error.getMessage().contains("[betrokkene.bsn: invalid-bsn]"), error.getMessage());
    assertFalse(error.getMessage().contains("999993653"), error.getMessage());
  }

  /**
   * Keeps what the demo relies on: a replay with the same Idempotency-Key returns the original
   * response (status NIEUW even after triage); triage needs the current ETag and happens once.
   */
  private static final class FakeMeldpunt {
    final Map<String, String> uuidByKey = new ConcurrentHashMap<>();
    final Map<String, byte[]> bodyByKey = new ConcurrentHashMap<>();
    final Map<String, String> statusByUuid = new ConcurrentHashMap<>();
    volatile int triageCalls;
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    volatile String refuseWith;

    void handle(HttpExchange exchange) throws IOException {
      List<String> path =
          new ArrayList<>(
              Arrays.asList(
                  exchange.getRequestURI().getPath().substring(BASE.length() + 1).split("/")));
      byte[] body = exchange.getRequestBody().readAllBytes();
      authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
      String method = exchange.getRequestMethod();
      if (refuseWith != null) {
        respond(exchange, 400, refuseWith, null);
      } else if (method.equals("POST") && path.size() == 1) {
        create(exchange, body);
      } else if (method.equals("GET")
          && path.size() == 2
          && statusByUuid.containsKey(path.get(1))) {
        String uuid = path.get(1);
        respond(exchange, 200, aanmelding(uuid, statusByUuid.get(uuid)), etag(uuid));
      } else if (method.equals("POST") && path.size() == 3 && path.get(2).equals("triage")) {
        triage(exchange, path.get(1));
      } else {
        respond(exchange, 404, "{\"title\":\"Niet gevonden\",\"status\":404}", null);
      }
    }

    private void create(HttpExchange exchange, byte[] body) throws IOException {
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      byte[] earlier = bodyByKey.putIfAbsent(key, body);
      if (earlier != null && !Arrays.equals(earlier, body)) {
        respond(exchange, 422, "{\"title\":\"Andere inhoud\",\"status\":422}", null);
        return;
      }
      String uuid = uuidByKey.computeIfAbsent(key, k -> UUID.randomUUID().toString());
      statusByUuid.putIfAbsent(uuid, "NIEUW");
      respond(exchange, 201, aanmelding(uuid, "NIEUW"), etag(uuid));
    }

    private void triage(HttpExchange exchange, String uuid) throws IOException {
      if (!etag(uuid).equals(exchange.getRequestHeaders().getFirst("If-Match"))) {
        respond(exchange, 412, "{\"title\":\"Verouderd\",\"status\":412}", null);
      } else if (!statusByUuid.get(uuid).equals("NIEUW")) {
        respond(exchange, 409, "{\"title\":\"Al beoordeeld\",\"status\":409}", null);
      } else {
        triageCalls++;
        statusByUuid.put(uuid, "BEOORDEELD");
        respond(exchange, 200, aanmelding(uuid, "BEOORDEELD"), etag(uuid));
      }
    }

    private String etag(String uuid) {
      return "\"" + uuid + "-" + statusByUuid.get(uuid) + "\"";
    }

    private static String aanmelding(String uuid, String status) {
      return "{\"uuid\":\"" + uuid + "\",\"status\":\"" + status + "\"}";
    }

    private static void respond(HttpExchange exchange, int status, String body, String etag)
        throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      if (etag != null) {
        exchange.getResponseHeaders().set("ETag", etag);
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    }
  }
}
