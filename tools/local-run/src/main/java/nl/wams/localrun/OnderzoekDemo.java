package nl.wams.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the onderzoek demo set through the public API as the onderzoeker of the municipality: one
 * procedure per file in every state (in onderzoek; concluded with each outcome of table 4.1). Each
 * {@code NN-name.json} holds the start body and the steps (method, path below the procedure, body);
 * {@code ${vandaag}} and {@code ${over14dagen}} become dates. A rerun changes nothing: the start
 * uses a stable Idempotency-Key, and the steps only run on a procedure nobody changed yet (ETag
 * "0").
 */
final class OnderzoekDemo {
  static final String FOLDER = "demo/onderzoek";
  static final String USER = "onderzoeker-ams";

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final URI procedures;
  private final MeldpuntDemo.TokenSource tokens;
  private final ObjectMapper json = new ObjectMapper();

  /** What a load did: the procedures by demo file, and how many had their steps run now. */
  record Result(Map<String, URI> procedures, int builtNow) {}

  OnderzoekDemo(HttpClient http, URI apiBase, MeldpuntDemo.TokenSource tokens) {
    this.http = http;
    this.procedures = URI.create(apiBase + "/procedures");
    this.tokens = tokens;
  }

  Result load() throws IOException, InterruptedException {
    int builtNow = 0;
    Map<String, byte[]> files = DemoFiles.read(FOLDER);
    Map<String, URI> urls = new LinkedHashMap<>();
    for (var file : files.entrySet()) {
      JsonNode scenario = json.readTree(dates(file.getValue()));
      HttpResponse<String> started =
          send(
              request(procedures)
                  .header("Idempotency-Key", "wams-local-demo-onderzoek-" + file.getKey())
                  .POST(body(scenario.path("start"))),
              201,
              file.getKey());
      URI procedure = URI.create(started.headers().firstValue("Location").orElseThrow());
      urls.put(file.getKey(), procedure);
      HttpResponse<String> current = send(request(procedure).GET(), 200, file.getKey());
      String etag = current.headers().firstValue("ETag").orElseThrow();
      if (!etag.equals("\"0\"")) {
        continue;
      }
      for (JsonNode step : scenario.path("stappen")) {
        HttpResponse<String> changed =
            send(
                request(URI.create(procedure + step.path("pad").asText()))
                    .header("If-Match", etag)
                    .method(step.path("methode").asText(), body(step.path("body"))),
                200,
                file.getKey());
        etag = changed.headers().firstValue("ETag").orElseThrow();
      }
      builtNow++;
    }
    return new Result(urls, builtNow);
  }

  private static byte[] dates(byte[] file) {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    return new String(file, StandardCharsets.UTF_8)
        .replace("${vandaag}", today.toString())
        .replace("${over14dagen}", today.plusDays(14).toString())
        .getBytes(StandardCharsets.UTF_8);
  }

  private HttpRequest.BodyPublisher body(JsonNode node) throws IOException {
    return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(node));
  }

  private HttpRequest.Builder request(URI uri) throws IOException, InterruptedException {
    return HttpRequest.newBuilder(uri)
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + tokens.accessToken(USER));
  }

  private HttpResponse<String> send(HttpRequest.Builder request, int expected, String file)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      // The problem names fields and rules, never submitted values.
      throw new LaunchException(
          "onderzoek demo %s: %s %s answered %d: %s"
              .formatted(
                  file,
                  response.request().method(),
                  response.request().uri().getPath(),
                  response.statusCode(),
                  response.body()));
    }
    return response;
  }
}
