package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The umbrella chart `wams`: components switched on and off, settings shared through `global`. */
class UmbrellaChartTest {
  @Test
  void deploysEveryComponentByDefault() {
    HelmCharts.Rendered rendered = HelmCharts.render("wams", "wams-defaults");

    Set<String> deployments = new TreeSet<>();
    rendered.ofKind("Deployment").forEach(d -> deployments.add(d.at("/metadata/name").asText()));
    assertThat(deployments)
        .containsExactlyInAnyOrderElementsOf(
            QuarkusServices.all().stream().map(s -> "wams-" + s.name()).toList());
  }

  @Test
  void aDisabledComponentRendersNothing() {
    String first = QuarkusServices.all().get(0).name();
    HelmCharts.Rendered rendered =
        HelmCharts.render("wams", "wams-one-off", first + ":\n  enabled: false");

    assertThat(rendered.documents()).isNotEmpty();
    assertThat(rendered.documents())
        .noneMatch(d -> d.at("/metadata/labels/app.kubernetes.io~1name").asText().equals(first));
  }

  @Test
  void everythingDisabledRendersNothing() {
    StringBuilder values = new StringBuilder();
    QuarkusServices.all().forEach(s -> values.append(s.name()).append(":\n  enabled: false\n"));

    assertThat(HelmCharts.render("wams", "wams-all-off", values.toString()).documents()).isEmpty();
  }

  @Test
  void globalSettingsReachEveryComponentAndAComponentsOwnValueWins() {
    HelmCharts.Rendered rendered =
        HelmCharts.render(
            "wams",
            "wams-globals",
            Repo.read("deploy-tests/src/test/resources/values/wams-globals.yaml"),
            "meldpunt:\n  database:\n    host: meldpunt-db-rw\n");

    for (QuarkusServices.Service service : QuarkusServices.all()) {
      String name = "wams-" + service.name();
      JsonNode config = byName(rendered.ofKind("ConfigMap"), name).path("data");
      JsonNode deployment = byName(rendered.ofKind("Deployment"), name);
      String host = service.name().equals("meldpunt") ? "meldpunt-db-rw" : "pg-rw";
      assertThat(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText())
          .isEqualTo("jdbc:postgresql://" + host + ":5432/wams_prod");
      assertThat(config.path("WAMS_API_PUBLIC_URL").asText())
          .isEqualTo("https://api.wams.example.nl");
      assertThat(config.path("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").asText())
          .isEqualTo("http://otel-collector.monitoring:4317");
      if (Suite.validatesTokens(service)) {
        assertThat(config.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText())
            .isEqualTo("https://sso.wams.example.nl/realms/wams");
      }
      assertThat(deployment.at("/spec/template/spec/containers/0/image").asText())
          .isEqualTo("registry.example.nl/wams/" + service.name() + ":1.2.3");
      assertThat(
              deployment
                  .at("/spec/template/spec/containers/0/env/0/valueFrom/secretKeyRef/name")
                  .asText())
          .isEqualTo("pg-app");
      JsonNode databaseRule = byName(rendered.ofKind("NetworkPolicy"), name).at("/spec/egress/1");
      assertThat(NetworkPolicyTest.describe(databaseRule))
          .isEqualTo("[pods {cnpg.io/cluster=pg}] 5432/TCP");
    }
  }

  @Test
  void componentsInOneReleaseFindEachOther() {
    HelmCharts.Rendered rendered = HelmCharts.render("wams", "wams-defaults");

    for (QuarkusServices.Service service : QuarkusServices.all()) {
      JsonNode config = byName(rendered.ofKind("ConfigMap"), "wams-" + service.name()).path("data");
      for (String called : Suite.calledBy(service)) {
        String address = "http://wams-" + called + ":" + Suite.componentPorts().get(called);
        assertThat(config.toString()).as(service.name() + " calls " + called).contains(address);
      }
    }
  }

  private static JsonNode byName(List<JsonNode> documents, String name) {
    return documents.stream()
        .filter(d -> d.at("/metadata/name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name));
  }
}
