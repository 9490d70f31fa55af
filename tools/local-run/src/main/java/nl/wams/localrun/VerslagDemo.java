package nl.wams.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Loads the verslag demo through the public API: for every demo overleg that was held, its report
 * is drafted, adopted and distributed to the participants, as the organiser would. A rerun changes
 * nothing: drafting uses a stable Idempotency-Key, and adopting and distributing happen only when
 * they have not happened yet.
 */
final class VerslagDemo {
  static final String USER = CasusoverlegDemo.USER;

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final URI verslagen;
  private final MeldpuntDemo.TokenSource tokens;
  private final ObjectMapper json = new ObjectMapper();

  /** What a load did: reports in all, and those adopted and distributed now. */
  record Result(int verslagen, int builtNow) {}

  VerslagDemo(HttpClient http, URI apiBase, MeldpuntDemo.TokenSource tokens) {
    this.http = http;
    this.verslagen = URI.create(apiBase + "/verslagen");
    this.tokens = tokens;
  }

  Result load(List<URI> gehoudenOverleggen) throws IOException, InterruptedException {
    int builtNow = 0;
    for (URI overleg : gehoudenOverleggen) {
      String sleutel = overleg.getPath().substring(overleg.getPath().lastIndexOf('/') + 1);
      HttpResponse<String> opgesteld =
          send(
              request(verslagen)
                  .header("Idempotency-Key", "wams-local-demo-verslag-" + sleutel)
                  .POST(
                      HttpRequest.BodyPublishers.ofByteArray(
                          json.writeValueAsBytes(Map.of("overleg", overleg.toString())))),
              201);
      URI url = URI.create(opgesteld.headers().firstValue("Location").orElseThrow());
      HttpResponse<String> huidig = send(request(url).GET(), 200);
      JsonNode verslag = json.readTree(huidig.body());
      String etag = huidig.headers().firstValue("ETag").orElseThrow();
      if (!"CONCEPT".equals(verslag.path("status").asText())
          || verslag.path("versie").asInt() != 1) {
        continue;
      }
      HttpResponse<String> vastgesteld =
          send(
              request(URI.create(url + "/vaststelling"))
                  .header("If-Match", etag)
                  .POST(HttpRequest.BodyPublishers.noBody()),
              200);
      send(
          request(URI.create(url + "/verstrekkingen"))
              .header("If-Match", vastgesteld.headers().firstValue("ETag").orElseThrow())
              .POST(HttpRequest.BodyPublishers.noBody()),
          200);
      builtNow++;
    }
    return new Result(gehoudenOverleggen.size(), builtNow);
  }

  private HttpRequest.Builder request(URI uri) throws IOException, InterruptedException {
    return HttpRequest.newBuilder(uri)
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + tokens.accessToken(USER));
  }

  private HttpResponse<String> send(HttpRequest.Builder request, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new LaunchException(
          "verslag demo: %s %s answered %d: %s"
              .formatted(
                  response.request().method(),
                  response.request().uri().getPath(),
                  response.statusCode(),
                  response.body()));
    }
    return response;
  }
}
