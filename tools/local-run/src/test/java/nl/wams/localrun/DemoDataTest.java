package nl.wams.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.wams.commons.bsn.Bsn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo set is valid input for the meldpunt contract and shows every entry point and besluit.
 */
class DemoDataTest {
  private static final Path SPEC = Path.of("../../api-specs/meldpunt/openapi.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, JsonNode> aanmeldingen = new LinkedHashMap<>();
  private static final Map<String, JsonNode> triages = new LinkedHashMap<>();
  private static final Map<String, String> bodies = new LinkedHashMap<>();

  @BeforeAll
  static void readDemoFiles() throws IOException {
    for (var file : DemoFiles.read(MeldpuntDemo.FOLDER).entrySet()) {
      String name = file.getKey();
      bodies.put(name, new String(file.getValue(), StandardCharsets.UTF_8));
      if (name.endsWith(MeldpuntDemo.TRIAGE_SUFFIX)) {
        triages.put(
            name.replace(MeldpuntDemo.TRIAGE_SUFFIX, ".json"), JSON.readTree(file.getValue()));
      } else {
        aanmeldingen.put(name, JSON.readTree(file.getValue()));
      }
    }
  }

  @Test
  void everyGemeenteHasAMeldpuntTestUserOfThatGemeenteInTheRealm() throws IOException {
    JsonNode realm = JSON.readTree(Path.of("../..", Keycloak.REALM_FILE).toFile());
    Set<String> gemeenten = new HashSet<>();
    for (JsonNode aanmelding : aanmeldingen.values()) {
      gemeenten.add(aanmelding.path("gemeentecode").asText());
    }
    assertEquals(MeldpuntDemo.USERS.keySet(), gemeenten);
    for (String gemeente : gemeenten) {
      String username = MeldpuntDemo.user(gemeente);
      JsonNode user = null;
      for (JsonNode candidate : realm.path("users")) {
        if (candidate.path("username").asText().equals(username)) {
          user = candidate;
        }
      }
      assertTrue(user != null, username + " is not in the realm");
      assertEquals(gemeente, user.path("attributes").path("gemeente").path(0).asText(), username);
      assertEquals("meldpunt-medewerker", user.path("realmRoles").path(0).asText(), username);
    }
  }

  @Test
  void everyBsnIsATestBsnThatPassesTheElfproef() {
    int checked = 0;
    for (var aanmelding : aanmeldingen.entrySet()) {
      JsonNode bsn = aanmelding.getValue().path("betrokkene").path("bsn");
      if (bsn.isMissingNode()) {
        continue;
      }
      assertTrue(bsn.asText().startsWith("9999"), aanmelding.getKey() + ": not a test BSN");
      assertTrue(Bsn.isValid(bsn.asText()), aanmelding.getKey() + ": fails the elfproef");
      checked++;
    }
    assertEquals(5, checked);
  }

  @Test
  void everyBodyMatchesTheMeldpuntContract() {
    OpenApiInteractionValidator contract =
        OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build();
    for (var body : bodies.entrySet()) {
      String path =
          body.getKey().endsWith(MeldpuntDemo.TRIAGE_SUFFIX)
              ? "/meldpunt/v1/aanmeldingen/3f1c2a4e-8b7d-4c1e-9a2b-6d5e4f3a2b1c/triage"
              : "/meldpunt/v1/aanmeldingen";
      ValidationReport report =
          contract.validateRequest(
              SimpleRequest.Builder.post(path)
                  .withContentType("application/json")
                  .withHeader("Idempotency-Key", MeldpuntDemo.idempotencyKey(body.getKey()))
                  .withHeader("If-Match", "\"1\"")
                  .withBody(body.getValue())
                  .build());
      assertFalse(report.hasErrors(), body.getKey() + ": " + report.getMessages());
    }
  }

  @Test
  void theContractCheckCatchesAnInvalidBody() {
    OpenApiInteractionValidator contract =
        OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build();
    ValidationReport report =
        contract.validateRequest(
            SimpleRequest.Builder.post("/meldpunt/v1/aanmeldingen")
                .withContentType("application/json")
                .withBody("{\"soort\":\"MELDING\",\"gemeentecode\":\"363\"}")
                .build());
    assertTrue(report.hasErrors());
  }

  @Test
  void coversEveryEntryPointMelderAndMunicipality() {
    assertTrue(has("MELDING", "INWONER"), "a melding by an inwoner");
    assertTrue(has("MELDING", "ANONIEM"), "an anonymous melding");
    assertTrue(has("VERZOEK", "PROFESSIONAL"), "a verzoek by a professional");
    assertTrue(
        aanmeldingen.values().stream()
            .anyMatch(a -> soort(a).equals("HULPVRAAG") && a.path("sdWet").asText().equals("WMO")),
        "a Wmo hulpvraag");
    Set<String> gemeenten = new HashSet<>();
    aanmeldingen.values().forEach(a -> gemeenten.add(a.path("gemeentecode").asText()));
    assertEquals(Set.of("0363", "0344"), gemeenten);
  }

  @Test
  void coversEveryBesluitAndLeavesOneAanmeldingNieuw() {
    Set<String> besluiten = new HashSet<>();
    triages.values().forEach(t -> besluiten.add(t.path("besluit").asText()));
    assertEquals(Set.of("DOORVERWIJZEN", "GEEN_ACTIE", "ONDERZOEK_STARTEN"), besluiten);
    assertTrue(aanmeldingen.keySet().containsAll(triages.keySet()), "triage without aanmelding");
    assertEquals(1, aanmeldingen.size() - triages.size(), "aanmeldingen left NIEUW");
  }

  @Test
  void triagesFollowTheMeldpuntRules() {
    int acuut = 0;
    int hulpvraagOnderzoek = 0;
    for (var triage : triages.entrySet()) {
      JsonNode aanmelding = aanmeldingen.get(triage.getKey());
      JsonNode besluit = triage.getValue();
      if (aanmelding.path("urgentie").asText().equals("ACUUT")) {
        assertEquals("DOORVERWIJZEN", besluit.path("besluit").asText(), triage.getKey());
        assertEquals("CRISISDIENST", besluit.path("doorverwezenNaar").asText(), triage.getKey());
        acuut++;
      }
      if (soort(aanmelding).equals("HULPVRAAG")
          && besluit.path("besluit").asText().equals("ONDERZOEK_STARTEN")) {
        assertTrue(besluit.path("clientWilOnderzoek").asBoolean(), triage.getKey());
        hulpvraagOnderzoek++;
      }
    }
    assertEquals(1, acuut);
    assertEquals(1, hulpvraagOnderzoek);
  }

  @Test
  void aVerzoekIsMotivatedByAProfessionalWithOrganisatie() {
    aanmeldingen.forEach(
        (name, aanmelding) -> {
          if (soort(aanmelding).equals("VERZOEK")) {
            assertTrue(aanmelding.hasNonNull("motivering"), name);
            assertEquals("PROFESSIONAL", aanmelding.path("melder").path("soort").asText(), name);
            assertTrue(aanmelding.path("melder").hasNonNull("organisatie"), name);
          }
        });
  }

  @Test
  void anAnonymousMelderLeavesNoIdentity() {
    aanmeldingen.forEach(
        (name, aanmelding) -> {
          JsonNode melder = aanmelding.path("melder");
          if (melder.path("soort").asText().equals("ANONIEM")) {
            assertEquals(Set.of("soort"), fieldNames(melder), name);
          }
        });
  }

  private static boolean has(String soort, String melder) {
    return aanmeldingen.values().stream()
        .anyMatch(
            a -> soort(a).equals(soort) && a.path("melder").path("soort").asText().equals(melder));
  }

  private static String soort(JsonNode aanmelding) {
    return aanmelding.path("soort").asText();
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
