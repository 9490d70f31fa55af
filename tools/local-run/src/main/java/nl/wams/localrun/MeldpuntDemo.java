package nl.wams.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Loads the meldpunt demo set through the public API, so it exercises the same rules as any client.
 * Each {@code NN-name.json} is an aanmelding body; an optional {@code NN-name.triage.json} is its
 * triage. Repeating the load changes nothing: creation uses a stable Idempotency-Key per file, and
 * triage only happens while the aanmelding is still NIEUW. Every request carries the access token
 * of the meldpunt test user of the aanmelding's municipality ({@link #USERS}).
 */
final class MeldpuntDemo {
  static final String FOLDER = "demo/meldpunt";
  static final String TRIAGE_SUFFIX = ".triage.json";

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /**
   * The meldpunt-medewerker test user (docker/keycloak/wams-realm.json) per gemeentecode: a staff
   * token works for its own municipality only.
   */
  static final Map<String, String> USERS = Map.of("0363", "meldpunt-ams", "0344", "meldpunt-utr");

  /** An access token for a test user. */
  @FunctionalInterface
  interface TokenSource {
    String accessToken(String username) throws IOException, InterruptedException;
  }

  private final HttpClient http;
  private final URI aanmeldingen;
  private final TokenSource tokens;
  private final ObjectMapper json = new ObjectMapper();

  /** What a load did: all aanmeldingen, and the triages done now versus by an earlier run. */
  record Result(int aanmeldingen, int triagedNow, int triagedEarlier) {}

  MeldpuntDemo(HttpClient http, URI apiBase, TokenSource tokens) {
    this.http = http;
    this.aanmeldingen = URI.create(apiBase + "/aanmeldingen");
    this.tokens = tokens;
  }

  /** The demo user who registers an aanmelding of {@code gemeentecode}. */
  static String user(String gemeentecode) {
    String user = USERS.get(gemeentecode);
    if (user == null) {
      throw new LaunchException(
          "no meldpunt demo user for gemeente %s: add one to docker/keycloak/wams-realm.json and to MeldpuntDemo.USERS"
              .formatted(gemeentecode));
    }
    return user;
  }

  /** The key under which a demo file is created: the same for every run, unique per file. */
  static String idempotencyKey(String fileName) {
    return "wams-local-demo-meldpunt-" + stem(fileName);
  }

  private static String stem(String fileName) {
    return fileName.substring(0, fileName.length() - ".json".length());
  }

  Result load() throws IOException, InterruptedException {
    Map<String, byte[]> files = DemoFiles.read(FOLDER);
    int aanmeldingCount = 0;
    int triagedNow = 0;
    int triagedEarlier = 0;
    for (var file : files.entrySet()) {
      String name = file.getKey();
      if (name.endsWith(TRIAGE_SUFFIX)) {
        continue;
      }
      String bearer =
          "Bearer "
              + tokens.accessToken(
                  user(json.readTree(file.getValue()).path("gemeentecode").asText()));
      JsonNode aanmelding =
          send(
              post(aanmeldingen, file.getValue())
                  .header("Idempotency-Key", idempotencyKey(name))
                  .header("Authorization", bearer),
              Set.of(200, 201),
              name);
      aanmeldingCount++;
      String triageName = stem(name) + TRIAGE_SUFFIX;
      byte[] triage = files.get(triageName);
      if (triage == null) {
        continue;
      }
      // The idempotent replay returns the aanmelding as it was created, so ask for the current one.
      URI self = URI.create(aanmeldingen + "/" + aanmelding.path("uuid").asText());
      HttpResponse<byte[]> current =
          exchange(request(self).header("Authorization", bearer).GET(), Set.of(200), name);
      if (!"NIEUW".equals(json.readTree(current.body()).path("status").asText())) {
        triagedEarlier++;
        continue;
      }
      String etag =
          current
              .headers()
              .firstValue("ETag")
              .orElseThrow(() -> new LaunchException("meldpunt sent no ETag for " + name));
      send(
          post(URI.create(self + "/triage"), triage)
              .header("If-Match", etag)
              .header("Authorization", bearer),
          Set.of(200),
          triageName);
      triagedNow++;
    }
    return new Result(aanmeldingCount, triagedNow, triagedEarlier);
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json");
  }

  private HttpRequest.Builder post(URI uri, byte[] body) {
    return request(uri)
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofByteArray(body));
  }

  private JsonNode send(HttpRequest.Builder request, Set<Integer> expected, String file)
      throws IOException, InterruptedException {
    return json.readTree(exchange(request, expected, file).body());
  }

  private HttpResponse<byte[]> exchange(
      HttpRequest.Builder builder, Set<Integer> expected, String file)
      throws IOException, InterruptedException {
    HttpRequest request = builder.build();
    HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
    if (expected.contains(response.statusCode())) {
      return response;
    }
    String hint =
        response.statusCode() == 422
            ? " The demo file changed after an earlier run loaded it: run ./wams start --reset."
            : "";
    throw new LaunchException(
        "meldpunt demo %s: %s %s answered %d %s.%s"
            .formatted(
                file,
                request.method(),
                request.uri().getPath(),
                response.statusCode(),
                problem(response.body()),
                hint));
  }

  /**
   * The problem's title, detail and the names and codes of invalid params; never the reasons, which
   * may quote the (personal) input.
   */
  private String problem(byte[] body) {
    try {
      JsonNode problem = json.readTree(body);
      StringBuilder text = new StringBuilder(problem.path("title").asText(""));
      if (problem.hasNonNull("detail")) {
        text.append(": ").append(problem.path("detail").asText());
      }
      for (JsonNode param : problem.path("invalidParams")) {
        text.append(" [")
            .append(param.path("name").asText())
            .append(": ")
            .append(param.path("code").asText())
            .append(']');
      }
      return text.toString();
    } catch (IOException notJson) {
      return "(no problem+json body)";
    }
  }
}
