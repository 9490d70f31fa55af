package nl.wams.crossprincipal;

import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Cross-principal probes: the real meldpunt, onderzoek, coordinatie, casusoverleg and verslag
 * behind the real gateway, real Keycloak users. An owner creates objects; then every id-taking
 * operation of the contracts (read from api-specs, so a new operation is probed without touching
 * this test) is sent with the owner's ids and a body the owner could send, by every other principal
 * whose role the policy grants that operation (another municipality, another partner organisation,
 * a coordinator who does not coordinate, ...). The gateway lets them through (their role may call
 * it); only the component's object-level rule stands between them and the data. Count of 2xx
 * answers: zero.
 */
class CrossPrincipalTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> COMPONENTS =
      List.of("meldpunt", "onderzoek", "coordinatie", "casusoverleg", "verslag");
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final String ANDERE_GEMEENTE = "0344";

  /** The owner of the objects of each component. */
  private static final Map<String, String> EIGENAAR =
      Map.of(
          "meldpunt", "meldpunt-ams",
          "onderzoek", "onderzoeker-ams",
          "coordinatie", "beheerder",
          "casusoverleg", "onderzoeker-ams",
          "verslag", "onderzoeker-ams");

  private static String gateway;
  private static JsonNode policy;

  /** Per component: path parameter name to the owner's id. */
  private static final Map<String, Map<String, String>> IDS = new HashMap<>();

  /** Per operationId: a body the owner could send. */
  private static final Map<String, Object> BODIES = new HashMap<>();

  private static final Map<String, Integer> UITKOMSTEN = new TreeMap<>();
  private static int successen;

  /** The probers: username to how to get their token (realm users or made for this test). */
  private static final Map<String, Gebruiker> PROBEERDERS = new LinkedHashMap<>();

  /**
   * A prober; {@code alleen} limits it to one component where it is a stranger (a coordinator of
   * Amsterdam may organise Amsterdam's overleggen and see its pool, by design, but must not read a
   * procedure it does not coordinate).
   */
  private record Gebruiker(String naam, String rol, Map<String, String> claims, String alleen) {
    Gebruiker(String naam, String rol, Map<String, String> claims) {
      this(naam, rol, claims, null);
    }

    boolean probeert(String component) {
      return alleen == null || alleen.equals(component);
    }

    String token() {
      return claims == null ? Tokens.accessToken(naam) : Tokens.accessToken(naam, rol, claims);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    gateway = EchteSuite.gateway();
    try (InputStream in = resource("views/policy.yaml")) {
      policy = YAML.readTree(in);
    }
    probeerders();
    maakObjecten();
  }

  @AfterAll
  static void verslag() {
    System.out.printf(
        "Cross-principal probes: %d answers by status %s; successes %d%n",
        UITKOMSTEN.values().stream().mapToInt(Integer::intValue).sum(), UITKOMSTEN, successen);
  }

  private static void probeerders() {
    // Same roles as the owners, other municipality or organisation, or not involved.
    for (Gebruiker g :
        List.of(
            new Gebruiker(
                "meldpunt-probe-0344", "meldpunt-medewerker", Map.of("gemeente", ANDERE_GEMEENTE)),
            new Gebruiker("onderzoeker-utr", "onderzoeker", null),
            new Gebruiker("coordinator-ams", "coordinator", null, "onderzoek"),
            new Gebruiker("coordinator-utr", "coordinator", null),
            new Gebruiker(
                "consulent-wmo-probe-0344", "consulent-wmo", Map.of("gemeente", ANDERE_GEMEENTE)),
            new Gebruiker("consulent-wmo-ams", "consulent-wmo", null),
            new Gebruiker("partner-uwv", "partner-uwv", null),
            new Gebruiker("partner-ggz", "partner-ggz", null),
            new Gebruiker("partner-woningcorporatie", "partner-woningcorporatie", null),
            new Gebruiker("partner-onderwijs", "partner-onderwijs", null),
            new Gebruiker("partner-politie", "partner-politie", null),
            new Gebruiker("beheerder-probe-0344", "beheerder", Map.of("gemeente", ANDERE_GEMEENTE)),
            new Gebruiker("fg-probe-0344", "fg", Map.of("gemeente", ANDERE_GEMEENTE)),
            new Gebruiker("auditor-probe-0344", "auditor", Map.of("gemeente", ANDERE_GEMEENTE)),
            new Gebruiker("inwoner-2", "inwoner", null))) {
      PROBEERDERS.put(g.naam(), g);
    }
  }

  /** The owners' objects, made through the gateway, and the bodies they send. */
  private static void maakObjecten() throws Exception {
    String bsn = nieuwBsn();
    // meldpunt: an aanmelding of Amsterdam.
    Map<String, Object> melding = new HashMap<>();
    melding.put("soort", "MELDING");
    melding.put("gemeentecode", "0363");
    melding.put("urgentie", "NORMAAL");
    melding.put("betrokkene", Map.of("bsn", bsn));
    melding.put("melder", Map.of("soort", "INWONER", "naam", "J. de Vries"));
    melding.put("omschrijvingZorgen", "Buurman komt al weken de deur niet uit.");
    JsonNode aanmelding = owner("meldpunt", "POST", "/meldpunt/v1/aanmeldingen", melding, null);
    IDS.put("meldpunt", Map.of("uuid", aanmelding.path("uuid").asText()));
    BODIES.put("updateAanmelding", melding);

    // onderzoek: a procedure of Amsterdam with a household member and a gegevensverzoek.
    Map<String, Object> start = new HashMap<>();
    start.put("gemeentecode", "0363");
    start.put("ingang", Map.of("soort", "HULPVRAAG"));
    start.put("betrokkene", Map.of("bsn", bsn));
    JsonNode procedure = owner("onderzoek", "POST", "/onderzoek/v1/procedures", start, null);
    String uuid = procedure.path("uuid").asText();
    String pad = "/onderzoek/v1/procedures/" + uuid;
    BODIES.put("setReikwijdte", Map.of("leefgebieden", List.of("FINANCIEN", "HUISVESTING")));
    owner("onderzoek", "PUT", pad + "/reikwijdte", BODIES.get("setReikwijdte"), pad);
    BODIES.put(
        "addHuishoudlid",
        Map.of(
            "relatie",
            "PARTNER",
            "bsn",
            nieuwBsn(),
            "omschrijving",
            "Partner",
            "medewerking",
            true));
    JsonNode dossier =
        owner("onderzoek", "POST", pad + "/huishoudleden", BODIES.get("addHuishoudlid"), pad);
    BODIES.put(
        "addGegevensverzoek",
        Map.of(
            "partij", "GGZ Noord",
            "doel", "Weten of er een lopende behandeling is",
            "categorieen", List.of("gezondheid"),
            "grondslag", "Wams, art. 2.1",
            "uiterlijkOp", LocalDate.now().plusDays(14).toString()));
    dossier =
        owner(
            "onderzoek", "POST", pad + "/gegevensverzoeken", BODIES.get("addGegevensverzoek"), pad);
    IDS.put(
        "onderzoek",
        Map.of(
            "uuid", uuid,
            "lid", dossier.path("huishoudleden").path(0).path("id").asText(),
            "verzoek", dossier.path("gegevensverzoeken").path(0).path("id").asText()));
    BODIES.put(
        "addProbleem",
        Map.of("leefgebied", "FINANCIEN", "domein", "WGS", "omschrijving", "Schulden."));
    BODIES.put(
        "addInterventie",
        Map.of(
            "domein",
            "WMO",
            "omschrijving",
            "Huishoudelijke hulp",
            "aanbieder",
            "Thuiszorg West",
            "lopend",
            true,
            "vanaf",
            "2026-01-01"));
    BODIES.put(
        "setGegevensverzoekAntwoord",
        Map.of("uitkomst", "GEWEIGERD", "weigeringsgrond", "Geen toestemming."));

    // casusoverleg: an overleg about the procedure, planned by its onderzoeker.
    Map<String, Object> overleg = new HashMap<>();
    overleg.put("soort", "GEIDENTIFICEERD");
    overleg.put("fase", "ONDERZOEK");
    overleg.put("procedure", procedure.path("url").asText());
    overleg.put("onderwerp", "Schulden en huurachterstand");
    overleg.put(
        "geplandOp",
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS).toString());
    JsonNode gepland = owner("casusoverleg", "POST", "/casusoverleg/v1/overleggen", overleg, null);
    IDS.put(
        "casusoverleg",
        Map.of(
            "uuid", gepland.path("uuid").asText(),
            "inbreng", UUID.randomUUID().toString(),
            "verzoek", UUID.randomUUID().toString()));
    BODIES.put(
        "addDeelnemer",
        Map.of(
            "organisatie",
            "GGZ Noord",
            "domein",
            "WMO",
            "rol",
            "casemanager",
            "handhavend",
            false,
            "noodzaak",
            "Betrokken bij de hulp."));
    BODIES.put(
        "addUitnodiging",
        Map.of(
            "genodigde",
            "GGZ Noord",
            "uitgenodigdOp",
            LocalDate.now().toString(),
            "wijze",
            "BRIEF"));

    // verslag: the adopted and distributed report of a second overleg about the procedure, held
    // with
    // an organisation none of the probers works for.
    JsonNode tweede = owner("casusoverleg", "POST", "/casusoverleg/v1/overleggen", overleg, null);
    String tweedePad = "/casusoverleg/v1/overleggen/" + tweede.path("uuid").asText();
    JsonNode metDeelnemer =
        owner(
            "casusoverleg",
            "POST",
            tweedePad + "/deelnemers",
            Map.of(
                "organisatie",
                "Kredietbank Amsterdam",
                "domein",
                "WGS",
                "rol",
                "schuldhulpverlener",
                "handhavend",
                false,
                "noodzaak",
                "Betrokken bij de schuldhulp."),
            tweedePad);
    String deelnemer = metDeelnemer.path("id").asText();
    owner(
        "casusoverleg",
        "POST",
        tweedePad + "/uitnodigingen",
        Afronding.clientUitgenodigd(),
        tweedePad);
    owner(
        "casusoverleg",
        "POST",
        tweedePad + "/afronding",
        Afronding.gehoudenMet(deelnemer),
        tweedePad);
    JsonNode verslag =
        owner(
            "verslag",
            "POST",
            "/verslag/v1/verslagen",
            Map.of("overleg", tweede.path("url").asText()),
            null);
    String verslagPad = "/verslag/v1/verslagen/" + verslag.path("uuid").asText();
    owner("verslag", "POST", verslagPad + "/vaststelling", Map.of(), verslagPad);
    owner("verslag", "POST", verslagPad + "/verstrekkingen", Map.of(), verslagPad);
    IDS.put(
        "verslag",
        Map.of(
            "uuid",
            verslag.path("uuid").asText(),
            "versie",
            "1",
            "deelnemer",
            deelnemer,
            "procedureUuid",
            uuid));

    // coordinatie: a coordinator in Amsterdam's pool (aanpakken follow from a conclusion; their ids
    // are probed with an id that exists nowhere, which proves less, see docs/gateway.md).
    Map<String, Object> coordinator = new HashMap<>();
    coordinator.put("naam", "Probe Coordinator " + UUID.randomUUID());
    coordinator.put("gebruikersnaam", "probe-" + UUID.randomUUID());
    coordinator.put("gemeentecode", "0363");
    coordinator.put("organisatie", Map.of("soort", "GEMEENTE", "naam", "Gemeente Amsterdam"));
    JsonNode pool =
        ownerOrNull("coordinatie", "POST", "/coordinatie/v1/coordinatoren", coordinator);
    IDS.put(
        "coordinatie",
        Map.of("uuid", pool == null ? UUID.randomUUID().toString() : pool.path("uuid").asText()));
    BODIES.put("updateCoordinator", coordinator);
  }

  @TestFactory
  Stream<DynamicTest> everyIdTakingOperationByEveryOtherPrincipalWhoseRoleMayCallIt()
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String component : COMPONENTS) {
      JsonNode spec;
      try (InputStream in = resource(component + "/openapi.yaml")) {
        spec = YAML.readTree(in);
      }
      String base = spec.path("servers").path(0).path("url").asText();
      Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
      while (paths.hasNext()) {
        Map.Entry<String, JsonNode> path = paths.next();
        if (!path.getKey().contains("{")) {
          continue;
        }
        for (String method : List.of("get", "post", "put", "patch", "delete")) {
          JsonNode op = path.getValue().get(method);
          if (op == null) {
            continue;
          }
          String operationId = op.path("operationId").asText();
          List<Gebruiker> mogen = probeerdersVoor(component, operationId);
          if (mogen.isEmpty() && !isIntern(operationId)) {
            throw new AssertionError(
                operationId + " is granted to some role; add a prober of that role here");
          }
          if (mogen.isEmpty()) {
            // Service to service only (granted to no role): the gateway passes it to nobody.
            for (Gebruiker g : PROBEERDERS.values()) {
              tests.add(
                  DynamicTest.dynamicTest(
                      operationId + " (internal) as " + g.naam(),
                      () -> probeer(component, base, path.getKey(), method, operationId, g)));
            }
          }
          for (Gebruiker g : mogen) {
            tests.add(
                DynamicTest.dynamicTest(
                    operationId + " as " + g.naam(),
                    () -> probeer(component, base, path.getKey(), method, operationId, g)));
          }
        }
      }
    }
    return tests.stream();
  }

  /** Granted to no role of the policy: only the services call it, never through the gateway. */
  private static boolean isIntern(String operationId) {
    for (JsonNode rol : policy.path("rollen")) {
      for (JsonNode op : rol.path("operaties")) {
        if (op.asText().equals(operationId)) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<Gebruiker> probeerdersVoor(String component, String operationId) {
    List<Gebruiker> mogen = new ArrayList<>();
    for (Gebruiker g : PROBEERDERS.values()) {
      if (!g.probeert(component)) {
        continue;
      }
      JsonNode rol = policy.path("rollen").path(g.rol());
      for (JsonNode op : rol.path("operaties")) {
        if (op.asText().equals(operationId)) {
          mogen.add(g);
        }
      }
    }
    return mogen;
  }

  private static void probeer(
      String component, String base, String path, String method, String operationId, Gebruiker g)
      throws Exception {
    Map<String, String> ids = IDS.get(component);
    Matcher m = PARAMETER.matcher(path);
    StringBuilder concreet = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(concreet, ids.getOrDefault(m.group(1), UUID.randomUUID().toString()));
    }
    m.appendTail(concreet);
    String url = base + concreet;
    String parent = base + "/" + path.split("/")[1] + "/" + ids.get("uuid");
    String rol = g.rol();
    String doel = policy.path("rollen").path(rol).path("verwerkingsactiviteiten").path(0).asText();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(gateway + url))
            .header("Authorization", "Bearer " + g.token())
            .header("Wams-Verwerkingsactiviteit", doel);
    if (!method.equals("get")) {
      Object body = BODIES.getOrDefault(operationId, Map.of());
      // The owner's current version, so a stale ETag cannot hide an access decision.
      String etag = etag(component, parent);
      if (etag != null) {
        request.header("If-Match", etag);
      }
      request
          .header("Content-Type", "application/json")
          .method(
              method.toUpperCase(java.util.Locale.ROOT),
              HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    synchronized (UITKOMSTEN) {
      UITKOMSTEN.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
      if (response.statusCode() / 100 == 2) {
        successen++;
      }
    }
    assertThat(response.statusCode() / 100)
        .as(
            "%s %s as %s (%s): %d %s",
            method, url, g.naam(), rol, response.statusCode(), response.body())
        .isNotEqualTo(2);
  }

  private static String etag(String component, String parent) throws Exception {
    String eigenaar = EIGENAAR.get(component);
    String doel =
        policy
            .path("rollen")
            .path(rolVan(eigenaar))
            .path("verwerkingsactiviteiten")
            .path(0)
            .asText();
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(gateway + parent))
                .header("Authorization", "Bearer " + Tokens.accessToken(eigenaar))
                .header("Wams-Verwerkingsactiviteit", doel)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.headers().firstValue("ETag").orElse(null);
  }

  private static String rolVan(String eigenaar) {
    return switch (eigenaar) {
      case "meldpunt-ams" -> "meldpunt-medewerker";
      case "onderzoeker-ams" -> "onderzoeker";
      case "beheerder" -> "beheerder";
      default -> throw new IllegalArgumentException(eigenaar);
    };
  }

  private static JsonNode owner(
      String component, String method, String pad, Object body, String ifMatchVan)
      throws Exception {
    JsonNode answer = ownerCall(component, method, pad, body, ifMatchVan);
    if (answer == null) {
      throw new IllegalStateException("The owner could not " + method + " " + pad);
    }
    return answer;
  }

  private static JsonNode ownerOrNull(String component, String method, String pad, Object body)
      throws Exception {
    return ownerCall(component, method, pad, body, null);
  }

  private static JsonNode ownerCall(
      String component, String method, String pad, Object body, String ifMatchVan)
      throws Exception {
    String eigenaar = EIGENAAR.get(component);
    String doel =
        policy
            .path("rollen")
            .path(rolVan(eigenaar))
            .path("verwerkingsactiviteiten")
            .path(0)
            .asText();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(gateway + pad))
            .header("Authorization", "Bearer " + Tokens.accessToken(eigenaar))
            .header("Wams-Verwerkingsactiviteit", doel)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (ifMatchVan != null) {
      request.header("If-Match", etag(component, ifMatchVan));
    }
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      System.out.printf("owner %s %s: %d %s%n", method, pad, r.statusCode(), r.body());
      return null;
    }
    return JSON.readTree(r.body());
  }

  private static InputStream resource(String name) {
    InputStream in = CrossPrincipalTest.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the classpath (wams-api-specs)");
    }
    return in;
  }
}
