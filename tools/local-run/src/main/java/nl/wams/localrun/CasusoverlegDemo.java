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
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the casusoverleg demo set through the public API. Each {@code NN-name.json} holds the
 * overleg to plan ({@code overleg}), for an identified one the onderzoek demo file whose procedure
 * it is about ({@code procedure}), and the steps (path below the overleg, optional user {@code
 * als}, body), each sent with the overleg's current ETag. {@code ${deelnemer:N}} becomes the id of
 * the N-th participant the steps added; {@code ${vandaag}}, {@code ${over14dagen}}, {@code
 * ${gisteren}} and {@code ${morgen}} become dates and times. A rerun changes nothing: planning uses
 * a stable Idempotency-Key, and the steps only run on an overleg nobody changed yet (ETag "0").
 */
final class CasusoverlegDemo {
  static final String FOLDER = "demo/casusoverleg";
  static final String USER = "onderzoeker-ams";

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private final HttpClient http;
  private final URI overleggen;
  private final MeldpuntDemo.TokenSource tokens;
  private final Map<String, URI> procedures;
  private final ObjectMapper json = new ObjectMapper();

  /** What a load did: all overleggen, those whose steps ran now, and those that were held. */
  record Result(int overleggen, int builtNow, List<URI> gehouden) {}

  /**
   * @param procedures the onderzoek demo's procedures by file name
   */
  CasusoverlegDemo(
      HttpClient http, URI apiBase, MeldpuntDemo.TokenSource tokens, Map<String, URI> procedures) {
    this.http = http;
    this.overleggen = URI.create(apiBase + "/overleggen");
    this.tokens = tokens;
    this.procedures = procedures;
  }

  Result load() throws IOException, InterruptedException {
    int builtNow = 0;
    List<URI> gehouden = new ArrayList<>();
    Map<String, byte[]> files = DemoFiles.read(FOLDER);
    for (var file : files.entrySet()) {
      JsonNode scenario = json.readTree(dates(file.getValue()));
      JsonNode overleg = scenario.path("overleg").deepCopy();
      if (scenario.has("procedure")) {
        URI procedure = procedures.get(scenario.path("procedure").asText());
        if (procedure == null) {
          throw new LaunchException(
              "casusoverleg demo %s: no onderzoek demo procedure %s"
                  .formatted(file.getKey(), scenario.path("procedure").asText()));
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) overleg)
            .put("procedure", procedure.toString());
      }
      HttpResponse<String> gepland =
          send(
              request(overleggen, USER)
                  .header("Idempotency-Key", "wams-local-demo-casusoverleg-" + file.getKey())
                  .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(overleg))),
              201,
              file.getKey());
      URI url = URI.create(gepland.headers().firstValue("Location").orElseThrow());
      for (JsonNode step : scenario.path("stappen")) {
        if (step.path("pad").asText().equals("/afronding")) {
          gehouden.add(url);
        }
      }
      String etag =
          send(request(url, USER).GET(), 200, file.getKey())
              .headers()
              .firstValue("ETag")
              .orElseThrow();
      if (!etag.equals("\"0\"")) {
        continue;
      }
      List<String> deelnemers = new ArrayList<>();
      for (JsonNode step : scenario.path("stappen")) {
        String pad = step.path("pad").asText();
        HttpResponse<String> changed =
            send(
                request(URI.create(url + pad), step.path("als").asText(USER))
                    .header("If-Match", etag)
                    .POST(HttpRequest.BodyPublishers.ofString(met(step.path("body"), deelnemers))),
                pad.equals("/afronding") ? 200 : 201,
                file.getKey());
        etag = changed.headers().firstValue("ETag").orElseThrow();
        if (pad.equals("/deelnemers")) {
          deelnemers.add(json.readTree(changed.body()).path("id").asText());
        }
      }
      builtNow++;
    }
    return new Result(files.size(), builtNow, List.copyOf(gehouden));
  }

  /** The body with the ids of the participants added so far. */
  private String met(JsonNode body, List<String> deelnemers) throws IOException {
    String tekst = json.writeValueAsString(body);
    for (int i = 0; i < deelnemers.size(); i++) {
      tekst = tekst.replace("${deelnemer:" + i + "}", deelnemers.get(i));
    }
    return tekst;
  }

  static byte[] dates(byte[] file) {
    LocalDate today = LocalDate.now(NL);
    return new String(file, StandardCharsets.UTF_8)
        .replace("${vandaag}", today.toString())
        .replace("${over14dagen}", today.plusDays(14).toString())
        .replace("${gisteren}", tienUur(today.minusDays(1)))
        .replace("${morgen}", tienUur(today.plusDays(1)))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** 10:00 in the Netherlands on that day, with seconds (the contract's date-time). */
  private static String tienUur(LocalDate dag) {
    return dag.atTime(LocalTime.of(10, 0))
        .atZone(NL)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private HttpRequest.Builder request(URI uri, String user)
      throws IOException, InterruptedException {
    return HttpRequest.newBuilder(uri)
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + tokens.accessToken(user));
  }

  private HttpResponse<String> send(HttpRequest.Builder request, int expected, String file)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      // The problem names fields and rules, never submitted values.
      throw new LaunchException(
          "casusoverleg demo %s: %s %s answered %d: %s"
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
