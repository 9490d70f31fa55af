package nl.wams.coordinatie.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.OnderzoekStub;

/**
 * Procedures at the onderzoek stub ({@link OnderzoekStub}), for the tests that do not need the real
 * onderzoek. Every procedure is checked against onderzoek's contract before the stub serves it.
 */
final class Onderzoek {

  static final String BSN = "999993653";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final OpenApiInteractionValidator CONTRACT =
      OpenApiInteractionValidator.createForInlineApiSpecification(
              lees(Path.of("../../api-specs/onderzoek/openapi.yaml")))
          // Onderzoek's schemas allow more fields (a later compatible version may add some).
          .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
          .build();

  private Onderzoek() {}

  /** The answer of the stub's GET for a procedure in this state, as onderzoek gives it. */
  static Map<String, Object> procedure(
      URI url, String gemeentecode, String uitkomst, boolean clientCoordineertZelf) {
    Map<String, Object> procedure = new HashMap<>();
    procedure.put("url", url.toString());
    procedure.put("uuid", url.getPath().substring(url.getPath().lastIndexOf('/') + 1));
    procedure.put("gemeentecode", gemeentecode);
    procedure.put("ingang", Map.of("soort", "HULPVRAAG"));
    procedure.put("initiatief", "CLIENT");
    procedure.put("status", uitkomst == null ? "ONDERZOEK" : "AFGEROND");
    procedure.put("gestartOp", "2026-01-05T09:00:00Z");
    procedure.put("onderzoeker", "onderzoeker-ams");
    procedure.put("betrokkene", Map.of("bsn", BSN));
    procedure.put("herhaaldOnderzoek", false);
    procedure.put("huishoudleden", List.of());
    procedure.put(
        "problemen",
        List.of(
            Map.of(
                "id", UUID.randomUUID().toString(),
                "leefgebied", "FINANCIEN",
                "domein", "WGS",
                "omschrijving", "Schulden bij de woningcorporatie")));
    procedure.put("interventies", List.of());
    procedure.put("gegevensverzoeken", List.of());
    if (uitkomst != null) {
      Map<String, Object> conclusie = new HashMap<>();
      conclusie.put("uitkomst", uitkomst);
      conclusie.put("gecoordineerdeAanpakWenselijk", true);
      conclusie.put("motivering", "Besproken met de cliënt.");
      conclusie.put("clientGeinformeerdOp", "2026-02-01");
      conclusie.put("clientGeinformeerdWijze", "GESPREK");
      conclusie.put("clientCoordineertZelf", clientCoordineertZelf);
      conclusie.put("clientondersteuningAangeboden", true);
      conclusie.put("vastgesteldOp", "2026-02-01T10:00:00Z");
      procedure.put("conclusie", conclusie);
    }
    return procedure;
  }

  /** A new procedure URL at the stub, answered with this body (made by {@link #procedure}). */
  static URI met(java.util.function.Function<URI, Map<String, Object>> body) {
    URI url = nieuweUrl();
    Map<String, Object> procedure = body.apply(url);
    valideer(url, procedure);
    registreer(url, Map.of("status", 200, "body", procedure));
    return url;
  }

  static URI verplicht() {
    return met(url -> procedure(url, "0363", "COORDINATIE_VERPLICHT", false));
  }

  static URI optioneel() {
    return met(url -> procedure(url, "0363", "COORDINATIE_OPTIONEEL", false));
  }

  /**
   * A new procedure URL at the stub, answered with this body, whose people onderzoek then fails to
   * name: with this error status, or (status 0) not at all.
   */
  static URI zonderBetrokkenen(
      java.util.function.Function<URI, Map<String, Object>> body, int status) {
    URI url = nieuweUrl();
    Map<String, Object> procedure = body.apply(url);
    valideer(url, procedure);
    registreer(
        url,
        status == 0
            ? Map.of("status", 200, "body", procedure, "betrokkenenStil", true)
            : Map.of("status", 200, "body", procedure, "betrokkenenStatus", status));
    return url;
  }

  /** A procedure URL the stub answers with this error status. */
  static URI fout(int status) {
    URI url = nieuweUrl();
    registreer(url, Map.of("status", status));
    return url;
  }

  /** A procedure URL the stub accepts and never answers. */
  static URI stil() {
    URI url = nieuweUrl();
    registreer(url, Map.of("stil", true));
    return url;
  }

  /** A procedure URL the stub does not know. */
  static URI nieuweUrl() {
    return URI.create(OnderzoekStub.url() + "/onderzoek/v1/procedures/" + UUID.randomUUID());
  }

  /**
   * How often coordinatie fetched this procedure ({@code aantal}) and its people ({@code
   * betrokkenen}), and the Authorization header it sent for the procedure.
   */
  static JsonNode aanroepen(URI procedure) {
    String uuid = procedure.getPath().substring(procedure.getPath().lastIndexOf('/') + 1);
    String antwoord =
        stuur(
            HttpRequest.newBuilder(
                    URI.create(OnderzoekStub.url() + "/stub/procedures/" + uuid + "/aanroepen"))
                .build());
    try {
      return JSON.readTree(antwoord);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails when the body is not what onderzoek's contract promises for GET /procedures/{uuid}. */
  static void valideer(URI url, Map<String, Object> procedure) {
    ValidationReport report =
        CONTRACT.validateResponse(
            url.getPath(),
            Request.Method.GET,
            SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody(schrijf(procedure))
                .build());
    if (report.hasErrors()) {
      throw new IllegalArgumentException(
          "The stub's procedure breaks onderzoek's contract: " + report.getMessages());
    }
  }

  private static void registreer(URI url, Map<String, Object> antwoord) {
    String uuid = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
    stuur(
        HttpRequest.newBuilder(URI.create(OnderzoekStub.url() + "/stub/procedures/" + uuid))
            .PUT(HttpRequest.BodyPublishers.ofString(schrijf(antwoord)))
            .build());
  }

  private static String stuur(HttpRequest request) {
    try {
      return HTTP.send(request, BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String schrijf(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lees(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
