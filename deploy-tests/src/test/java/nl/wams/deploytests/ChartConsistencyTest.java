package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** helm/ agrees with the services: a chart per service, in the umbrella, same ports, same shape. */
class ChartConsistencyTest {
  private static final Set<String> NOT_SERVICES = Set.of("wams", "wams-common");

  static List<QuarkusServices.Service> services() {
    return QuarkusServices.all();
  }

  @Test
  void everyServiceHasAChartAndEveryServiceChartAService() {
    Set<String> services = new TreeSet<>();
    QuarkusServices.all().forEach(s -> services.add(s.name()));
    Set<String> charts = new TreeSet<>(HelmCharts.chartNames());
    charts.removeAll(NOT_SERVICES);

    assertThat(charts).isEqualTo(services);
  }

  @ParameterizedTest
  @MethodSource("services")
  void theServiceChartIsThin(QuarkusServices.Service service) throws IOException {
    Path chart = Repo.path("helm/" + service.name());
    JsonNode chartYaml = HelmCharts.chartYaml(service.name());
    JsonNode values = HelmCharts.readYaml(chart.resolve("values.yaml"));

    assertThat(chartYaml.path("name").asText()).isEqualTo(service.name());
    assertThat(chartYaml.path("appVersion").asText()).isEqualTo(projectVersion());
    assertThat(chartYaml.at("/dependencies/0/name").asText()).isEqualTo("wams-common");
    assertThat(chartYaml.at("/dependencies/0/repository").asText())
        .isEqualTo("file://../wams-common");
    assertThat(chartYaml.at("/dependencies/0/version").asText())
        .isEqualTo(HelmCharts.chartYaml("wams-common").path("version").asText());
    try (Stream<Path> templates = Files.list(chart.resolve("templates"))) {
      assertThat(templates.map(p -> p.getFileName().toString())).containsExactly("resources.yaml");
    }
    assertThat(Repo.read(chart.resolve("templates/resources.yaml")).strip())
        .isEqualTo("{{ include \"wams-common.resources\" . }}");
    assertThat(Repo.read(chart.resolve("values.schema.json")))
        .as("values.schema.json must be a copy of helm/wams-common/service-values.schema.json")
        .isEqualTo(Repo.read("helm/wams-common/service-values.schema.json"));
    assertThat(values.path("port").asInt()).isEqualTo(service.port());
    assertThat(values.at("/image/repository").asText()).isEqualTo("wams/" + service.name());
    assertThat(values.path("usesKeycloak").asBoolean()).isEqualTo(Suite.validatesTokens(service));
    Set<String> calls = new TreeSet<>();
    values.path("calls").forEach(c -> calls.add(c.path("component").asText()));
    assertThat(calls)
        .as("the components its configuration calls")
        .isEqualTo(Suite.calledBy(service));
    assertThat(chartYaml.at("/annotations/wams~1ingress").isMissingNode())
        .as("only the gateway and inzage may have an Ingress")
        .isEqualTo(!Set.of("gateway", "inzage").contains(service.name()));
  }

  @ParameterizedTest
  @MethodSource("services")
  void theUmbrellaSwitchesTheServiceOnAndOff(QuarkusServices.Service service) {
    JsonNode dependency = null;
    for (JsonNode candidate : HelmCharts.chartYaml("wams").path("dependencies")) {
      if (candidate.path("name").asText().equals(service.name())) {
        dependency = candidate;
      }
    }

    assertThat(dependency).as("helm/wams/Chart.yaml depends on " + service.name()).isNotNull();
    assertThat(dependency.path("condition").asText()).isEqualTo(service.name() + ".enabled");
    assertThat(dependency.path("repository").asText()).isEqualTo("file://../" + service.name());
    assertThat(dependency.path("version").asText())
        .isEqualTo(HelmCharts.chartYaml(service.name()).path("version").asText());
    JsonNode values = HelmCharts.readYaml(Repo.path("helm/wams/values.yaml"));
    assertThat(values.at("/" + service.name() + "/enabled").asBoolean()).isTrue();
    JsonNode schema = HelmCharts.readYaml(Repo.path("helm/wams/values.schema.json"));
    assertThat(schema.at("/properties/" + service.name() + "/properties/enabled/type").asText())
        .isEqualTo("boolean");
  }

  @Test
  void theLibrarysPortTableMatchesTheServices() {
    Map<String, Integer> table = Suite.componentPorts();

    for (QuarkusServices.Service service : QuarkusServices.all()) {
      assertThat(table.get(service.name())).as(service.name()).isEqualTo(service.port());
    }
    assertThat(Repo.read("docs/local-run.md")).contains("| 8080 | gateway");
    table.forEach(
        (component, port) ->
            assertThat(Repo.read("docs/local-run.md")).contains("| " + port + " | " + component));
  }

  @Test
  void theUmbrellaValidatesGlobalsAsEveryComponentDoes() {
    JsonNode umbrella =
        HelmCharts.readYaml(Repo.path("helm/wams/values.schema.json")).path("definitions");
    JsonNode component =
        HelmCharts.readYaml(Repo.path("helm/wams-common/service-values.schema.json"))
            .path("definitions");

    List<String> pending = new ArrayList<>(List.of("global"));
    Set<String> seen = new TreeSet<>();
    Pattern reference = Pattern.compile("#/definitions/([A-Za-z]+)");
    while (!pending.isEmpty()) {
      String name = pending.remove(0);
      if (seen.add(name)) {
        assertThat(umbrella.path(name)).as("definitions/" + name).isEqualTo(component.path(name));
        Matcher refs = reference.matcher(component.path(name).toString());
        while (refs.find()) {
          pending.add(refs.group(1));
        }
      }
    }
  }

  @Test
  void everyChartReadmeDescribesEveryValue() {
    for (String chart : HelmCharts.chartNames()) {
      Path values = Repo.path("helm/" + chart + "/values.yaml");
      if (!Files.exists(values)) {
        continue;
      }
      String readme = Repo.read("helm/" + chart + "/README.md");
      for (String key : keys(HelmCharts.readYaml(values), "")) {
        assertThat(readme)
            .as("helm/" + chart + "/README.md describes " + key)
            .contains("`" + key + "`");
      }
    }
    assertThat(Repo.read("helm/wams-common/README.md")).contains("wams-common.resources");
  }

  /** Dotted paths of a values document, down to its leaves and empty maps (lists are leaves). */
  private static Set<String> keys(JsonNode node, String prefix) {
    Set<String> keys = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix + field.getKey();
      if (field.getValue().isObject() && !field.getValue().isEmpty()) {
        keys.addAll(keys(field.getValue(), key + "."));
      } else {
        keys.add(key);
      }
    }
    return keys;
  }

  static String projectVersion() {
    Matcher version =
        Pattern.compile("<artifactId>wams</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Repo.read("pom.xml"));
    assertThat(version.find()).isTrue();
    return version.group(1);
  }
}
