package nl.wams.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wams.gateway.view.Contract;

/**
 * One {@link SpecBackend} per test JVM for the components of the suite (meldpunt, onderzoek,
 * casusoverleg, coordinatie, verslag, inzage), with the gateway's backends pointed at it. Tests
 * reach it over HTTP ({@link #received()}, {@link #clear()}, ...), whatever class loader they run
 * in.
 */
public class SpecBackendResource implements QuarkusTestResourceLifecycleManager {

  public static final List<String> COMPONENTS =
      List.of("meldpunt", "onderzoek", "casusoverleg", "coordinatie", "verslag", "inzage");

  /** Every contract the gateway knows: the components and the Logboek API it serves itself. */
  public static final List<String> CONTRACTS =
      List.of(
          "meldpunt", "onderzoek", "casusoverleg", "coordinatie", "verslag", "inzage", "logboek");

  private static final String URL = "wams.test.spec-backend.url";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static String url() {
    synchronized (URL) {
      String url = System.getProperty(URL);
      if (url == null) {
        SpecBackend backend = new SpecBackend(COMPONENTS.stream().map(Contract::load).toList());
        Runtime.getRuntime().addShutdownHook(new Thread(backend::close));
        url = backend.url();
        System.setProperty(URL, url);
      }
      return url;
    }
  }

  @Override
  public Map<String, String> start() {
    String url = url();
    return Map.of(
        "wams.gateway.backends.meldpunt.url", url,
        "wams.gateway.backends.onderzoek.url", url,
        "wams.gateway.backends.casusoverleg.url", url,
        "wams.gateway.backends.coordinatie.url", url,
        "wams.gateway.backends.verslag.url", url,
        "wams.gateway.backends.inzage.url", url,
        // The matrix sends hundreds of requests as one client (wams-demo) within seconds; the
        // rate limit is proven in ProefTest, with its own small limit.
        "wams.gateway.rate-limit.per-second", "100000",
        "wams.gateway.rate-limit.burst", "100000");
  }

  @Override
  public void stop() {
    // one per JVM; closed by a shutdown hook
  }

  /** What reached the backend since the last {@link #clear()}: method, uri, headers, body. */
  public static List<JsonNode> received() {
    return received(url());
  }

  static List<JsonNode> received(String url) {
    JsonNode all;
    try {
      all = JSON.readTree(call(url, "GET", "received"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<JsonNode> list = new ArrayList<>();
    all.forEach(list::add);
    return list;
  }

  public static void clear() {
    call(url(), "POST", "clear");
  }

  static String call(String url, String method, String command) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url + "/_proef/" + command))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
