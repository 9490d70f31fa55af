package nl.wams.commons.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.wams.commons.bsn.Bsn;
import org.junit.jupiter.api.Test;

/**
 * The realm file (docker/keycloak/wams-realm.json) keeps the shape the services and docs rely on,
 * without starting Keycloak: the functions of the domain, one client per application, the claims, a
 * test user per function and password grants only where tests need them.
 */
class RealmFileTest {
  /** The role of the services' own account (wams-services); no person has it. */
  static final String SERVICE_ROLE = "wams-service";

  static final Set<String> ROLES =
      Set.of(
          "meldpunt-medewerker",
          "onderzoeker",
          "coordinator",
          "consulent-wmo",
          "consulent-jeugd",
          "consulent-participatie",
          "consulent-schuldhulp",
          "partner-uwv",
          "partner-ggz",
          "partner-woningcorporatie",
          "partner-onderwijs",
          "partner-politie",
          "inwoner",
          "fg",
          "auditor",
          "beleid",
          "beheerder");
  static final Set<String> APPLICATIONS =
      Set.of(
          "wams-medewerker",
          "vendor-wmo",
          "vendor-jeugd",
          "vendor-participatie",
          "vendor-wgs",
          "partner-uwv",
          "partner-ggz",
          "partner-woningcorporatie",
          "partner-onderwijs",
          "partner-politie",
          "resident-portal",
          "monitoring",
          "fg-app");

  /** Keycloak's own clients of every realm, as a fresh realm has them. */
  static final Set<String> KEYCLOAK_CLIENTS =
      Set.of(
          "account",
          "account-console",
          "admin-cli",
          "broker",
          "realm-management",
          "security-admin-console");

  private final JsonNode realm;

  RealmFileTest() throws IOException {
    realm =
        new ObjectMapper()
            .readTree(TestKeycloak.repositoryRoot().resolve(TestKeycloak.REALM_FILE).toFile());
  }

  @Test
  void theRealmHasARolePerFunctionAndNothingElse() {
    assertThat(realm.path("realm").asText()).isEqualTo("wams");
    Set<String> expected = new HashSet<>(ROLES);
    expected.add(SERVICE_ROLE);
    assertThat(names(realm.path("roles").path("realm"), "name"))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
  }

  @Test
  void everyApplicationHasAClientThatSeesOnlyItsOwnRolesAndCarriesTheWamsClaims() {
    Set<String> clients = new HashSet<>(names(realm.path("clients"), "clientId"));
    assertThat(clients)
        .containsAll(APPLICATIONS)
        .containsAll(KEYCLOAK_CLIENTS)
        .contains("wams-demo", "wams-services", "wams-api")
        .hasSize(APPLICATIONS.size() + KEYCLOAK_CLIENTS.size() + 3);
    for (JsonNode client : realm.path("clients")) {
      String id = client.path("clientId").asText();
      if (!APPLICATIONS.contains(id)) {
        continue;
      }
      assertThat(client.path("fullScopeAllowed").asBoolean(true)).as(id).isFalse();
      assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as(id).isFalse();
      assertThat(client.path("implicitFlowEnabled").asBoolean(true)).as(id).isFalse();
      assertThat(client.path("attributes").path("pkce.code.challenge.method").asText())
          .as(id)
          .isEqualTo("S256");
      assertThat(names(client.path("defaultClientScopes"), null))
          .as(id)
          .contains("wams", "basic", "profile", "roles");
      assertThat(scopeMappedRoles(id)).as(id).isNotEmpty().isSubsetOf(ROLES);
    }
  }

  @Test
  void ofTheWamsClientsOnlyTheLocalDemoClientHasPasswordGrants() {
    for (JsonNode client : realm.path("clients")) {
      if (KEYCLOAK_CLIENTS.contains(client.path("clientId").asText())) {
        continue;
      }
      boolean direct = client.path("directAccessGrantsEnabled").asBoolean(false);
      assertThat(direct)
          .as(client.path("clientId").asText())
          .isEqualTo(client.path("clientId").asText().equals("wams-demo"));
    }
  }

  @Test
  void theServicesClientHasOnlyClientCredentialsAndItsSecretFromTheEnvironment() {
    JsonNode services =
        StreamSupport.stream(realm.path("clients").spliterator(), false)
            .filter(c -> c.path("clientId").asText().equals("wams-services"))
            .findFirst()
            .orElseThrow();
    assertThat(services.path("serviceAccountsEnabled").asBoolean()).isTrue();
    assertThat(services.path("standardFlowEnabled").asBoolean(true)).isFalse();
    assertThat(services.path("publicClient").asBoolean(true)).isFalse();
    assertThat(services.path("secret").asText())
        .isEqualTo("${WAMS_SERVICES_CLIENT_SECRET:wams-services-local-secret}");
    assertThat(names(services.path("defaultClientScopes"), null)).contains("wams");
  }

  @Test
  void theWamsScopeSetsTheAudienceAndTheThreeClaims() {
    JsonNode scope =
        StreamSupport.stream(realm.path("clientScopes").spliterator(), false)
            .filter(s -> s.path("name").asText().equals("wams"))
            .findFirst()
            .orElseThrow();
    List<String> attributes = new ArrayList<>();
    String audience = null;
    for (JsonNode mapper : scope.path("protocolMappers")) {
      JsonNode config = mapper.path("config");
      switch (mapper.path("protocolMapper").asText()) {
        case "oidc-audience-mapper" -> audience = config.path("included.custom.audience").asText();
        case "oidc-usermodel-attribute-mapper" -> {
          assertThat(config.path("claim.name").asText())
              .isEqualTo(config.path("user.attribute").asText());
          assertThat(config.path("access.token.claim").asText()).isEqualTo("true");
          attributes.add(config.path("user.attribute").asText());
        }
        default -> throw new AssertionError("unexpected mapper " + mapper);
      }
    }
    assertThat(audience).isEqualTo(KeycloakTestResource.AUDIENCE);
    assertThat(attributes).containsExactlyInAnyOrder("gemeente", "organisatie", "bsn");
  }

  @Test
  void everyFunctionHasATestUserWithTheClaimsItNeeds() {
    Set<String> covered = new HashSet<>();
    for (JsonNode user : realm.path("users")) {
      String name = user.path("username").asText();
      if (user.has("serviceAccountClientId")) {
        assertThat(user.path("serviceAccountClientId").asText()).isEqualTo("wams-services");
        assertThat(names(user.path("realmRoles"), null)).containsExactly(SERVICE_ROLE);
        assertThat(user.has("credentials")).as(name).isFalse();
        continue;
      }
      JsonNode attributes = user.path("attributes");
      List<String> roles = names(user.path("realmRoles"), null);
      covered.addAll(roles);
      assertThat(roles).as(name).hasSize(1);
      String role = roles.get(0);
      assertThat(user.path("credentials").get(0).path("value").asText()).as(name).isEqualTo(name);
      if (role.equals("inwoner")) {
        assertThat(Bsn.isValid(attributes.path("bsn").path(0).asText())).as(name).isTrue();
        assertThat(attributes.has("gemeente")).as(name).isFalse();
      } else if (role.startsWith("partner-")) {
        assertThat(attributes.path("organisatie").path(0).asText()).as(name).isNotBlank();
        assertThat(attributes.has("gemeente")).as(name).isFalse();
      } else {
        assertThat(attributes.path("gemeente").path(0).asText()).as(name).matches("[0-9]{4}");
      }
      if (!role.equals("inwoner")) {
        assertThat(attributes.has("bsn")).as(name).isFalse();
      }
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(ROLES);
  }

  @Test
  void theUserProfileKeepsTheClaimAttributesOutOfTheUsersHands() throws IOException {
    JsonNode profile =
        new ObjectMapper()
            .readTree(
                realm
                    .path("components")
                    .path("org.keycloak.userprofile.UserProfileProvider")
                    .path(0)
                    .path("config")
                    .path("kc.user.profile.config")
                    .path(0)
                    .asText());
    for (JsonNode attribute : profile.path("attributes")) {
      String name = attribute.path("name").asText();
      if (Set.of("gemeente", "organisatie", "bsn").contains(name)) {
        assertThat(names(attribute.path("permissions").path("edit"), null))
            .as(name)
            .containsExactly("admin");
      }
      assertThat(attribute.has("required")).as(name + " required").isFalse();
    }
    assertThat(names(profile.path("attributes"), "name"))
        .contains("gemeente", "organisatie", "bsn");
  }

  private Set<String> scopeMappedRoles(String clientId) {
    Set<String> roles = new HashSet<>();
    for (JsonNode mapping : realm.path("scopeMappings")) {
      if (mapping.path("client").asText().equals(clientId)) {
        roles.addAll(names(mapping.path("roles"), null));
      }
    }
    return roles;
  }

  private static List<String> names(JsonNode array, String field) {
    List<String> names = new ArrayList<>();
    for (JsonNode node : array) {
      names.add(field == null ? node.asText() : node.path(field).asText());
    }
    return names;
  }
}
