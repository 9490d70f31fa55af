package nl.wams.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wams.commons.bsn.Bsn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The casusoverleg demo set is valid input for the casusoverleg contract, refers to procedures of
 * the onderzoek demo, runs as users of the realm, and keeps its anonymous overleg free of a BSN.
 */
class CasusoverlegDemoDataTest {
  private static final Path SPEC = Path.of("../../api-specs/casusoverleg/openapi.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DEELNEMER = Pattern.compile("\\$\\{deelnemer:(\\d+)}");

  private static final Map<String, JsonNode> scenarios = new LinkedHashMap<>();

  @BeforeAll
  static void readDemoFiles() throws IOException {
    for (var file : DemoFiles.read(CasusoverlegDemo.FOLDER).entrySet()) {
      scenarios.put(file.getKey(), JSON.readTree(CasusoverlegDemo.dates(file.getValue())));
    }
  }

  @Test
  void everyRequestMatchesTheCasusoverlegContract() throws IOException {
    OpenApiInteractionValidator contract =
        OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build();
    String overlegPad = "/casusoverleg/v1/overleggen/" + UUID.randomUUID();
    for (var scenario : scenarios.entrySet()) {
      ObjectNode overleg = scenario.getValue().path("overleg").deepCopy();
      if (scenario.getValue().has("procedure")) {
        overleg.put(
            "procedure", "http://localhost:8082/onderzoek/v1/procedures/" + UUID.randomUUID());
      }
      valideer(contract, "/casusoverleg/v1/overleggen", overleg.toString(), scenario.getKey());
      int deelnemers = 0;
      for (JsonNode step : scenario.getValue().path("stappen")) {
        String body = step.path("body").toString();
        Matcher verwijzing = DEELNEMER.matcher(body);
        while (verwijzing.find()) {
          assertTrue(
              Integer.parseInt(verwijzing.group(1)) < deelnemers,
              scenario.getKey() + ": a step refers to a participant not added before it");
        }
        valideer(
            contract,
            overlegPad + step.path("pad").asText(),
            DEELNEMER.matcher(body).replaceAll(m -> UUID.randomUUID().toString()),
            scenario.getKey());
        if (step.path("pad").asText().equals("/deelnemers")) {
          deelnemers++;
        }
      }
    }
  }

  @Test
  void identifiedOverleggenAreAboutOnderzoekDemoProceduresAndOneIsAnonymous() throws IOException {
    Set<String> procedures = DemoFiles.read(OnderzoekDemo.FOLDER).keySet();
    Set<String> soorten = new HashSet<>();
    for (var scenario : scenarios.entrySet()) {
      String soort = scenario.getValue().path("overleg").path("soort").asText();
      soorten.add(soort);
      assertEquals(
          soort.equals("GEIDENTIFICEERD"), scenario.getValue().has("procedure"), scenario.getKey());
      if (scenario.getValue().has("procedure")) {
        assertTrue(
            procedures.contains(scenario.getValue().path("procedure").asText()), scenario.getKey());
      }
    }
    assertEquals(Set.of("GEIDENTIFICEERD", "ANONIEM"), soorten);
  }

  @Test
  void everyUserIsInTheRealm() throws IOException {
    JsonNode realm = JSON.readTree(Path.of("../..", Keycloak.REALM_FILE).toFile());
    Set<String> users = new HashSet<>();
    realm.path("users").forEach(u -> users.add(u.path("username").asText()));
    assertTrue(users.contains(CasusoverlegDemo.USER));
    for (var scenario : scenarios.entrySet()) {
      for (JsonNode step : scenario.getValue().path("stappen")) {
        if (step.has("als")) {
          assertTrue(users.contains(step.path("als").asText()), scenario.getKey());
        }
      }
    }
  }

  @Test
  void theAnonymousOverlegHoldsNoBsn() {
    Pattern negenCijfers = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");
    for (var scenario : scenarios.entrySet()) {
      if (scenario.getValue().path("overleg").path("soort").asText().equals("ANONIEM")) {
        Matcher cijfers = negenCijfers.matcher(scenario.getValue().toString());
        while (cijfers.find()) {
          assertFalse(Bsn.isValid(cijfers.group()), scenario.getKey());
        }
      }
    }
  }

  private static void valideer(
      OpenApiInteractionValidator contract, String path, String body, String file) {
    ValidationReport report =
        contract.validateRequest(
            SimpleRequest.Builder.post(path)
                .withContentType("application/json")
                .withHeader("If-Match", "\"0\"")
                .withBody(body)
                .build());
    assertFalse(report.hasErrors(), file + " " + path + ": " + report.getMessages());
  }
}
