package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** docs/operations.md keeps up with what it documents. */
class OperationsDocsTest {
  private final String operations = Repo.read("docs/operations.md");

  @Test
  void everyObservabilityDefaultIsDocumented() {
    Properties defaults =
        QuarkusServices.properties(
            Repo.path(
                "services/commons-observability/src/main/resources/META-INF/microprofile-config.properties"));

    for (String key : defaults.stringPropertyNames()) {
      String setting = key.replaceFirst("^%[a-z]+\\.", "");
      assertThat(operations)
          .as("docs/operations.md documents " + setting)
          .contains("| `" + setting + "` |");
    }
  }

  @Test
  void theSizingMatchesTheCharts() {
    for (QuarkusServices.Service service : QuarkusServices.all()) {
      var resources =
          HelmCharts.readYaml(Repo.path("helm/" + service.name() + "/values.yaml"))
              .path("resources");
      assertThat(operations)
          .contains(
              "| memory | "
                  + resources.at("/requests/memory").asText()
                  + " | "
                  + resources.at("/limits/memory").asText()
                  + " |");
    }
  }
}
