package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad values are refused before anything reaches a cluster: by values.schema.json (Helm validates
 * every chart's values against it, subcharts of the umbrella included), or by the library's checks
 * of what a schema cannot say.
 */
class ValuesValidationTest {
  private static final String SCHEMA = "values don't meet the specifications of the schema";

  static Stream<Arguments> refusedBySchema() {
    return Stream.of(
        Arguments.of("meldpunt", "replicaCount: 0", "replicaCount"),
        Arguments.of("meldpunt", "replicaCount: two", "replicaCount"),
        Arguments.of("meldpunt", "replicas: 3", "replicas"),
        Arguments.of("meldpunt", "image:\n  pullPolicy: Sometimes", "pullPolicy"),
        Arguments.of("meldpunt", "image:\n  digest: latest", "digest"),
        Arguments.of("meldpunt", "resources:\n  limits:\n    memory: lots", "memory"),
        Arguments.of("meldpunt", "resources:\n  limits: null", "limits"),
        Arguments.of("meldpunt", "podSecurityContext:\n  runAsUser: 0", "runAsUser"),
        Arguments.of("meldpunt", "networkPolicy:\n  allowedCallers: [internet]", "allowedCallers"),
        Arguments.of(
            "meldpunt",
            "env:\n  QUARKUS_DATASOURCE_JDBC_URL: jdbc:mysql://db/wams",
            "QUARKUS_DATASOURCE_JDBC_URL"),
        Arguments.of("meldpunt", "env:\n  lower-case: x", "lower-case"),
        Arguments.of("meldpunt", "publicUrl: wams.example.nl", "publicUrl"),
        Arguments.of("meldpunt", "database:\n  jdbcUrl: jdbc:mysql://db/wams", "jdbcUrl"),
        Arguments.of("meldpunt", "calls:\n  - component: bank\n    env: BANK_URL", "calls"),
        Arguments.of(
            "meldpunt",
            "autoscaling:\n  targetCPUUtilizationPercentage: 150",
            "targetCPUUtilizationPercentage"),
        Arguments.of("wams", "meldpunt:\n  enabled: \"yes\"", "enabled"),
        Arguments.of("wams", "global:\n  databse:\n    host: pg", "databse"),
        Arguments.of("wams", "global:\n  database:\n    port: \"5432\"", "port"),
        Arguments.of("wams", "meldpunt:\n  replicaCount: -1", "replicaCount"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusedBySchema")
  void theSchemaRefuses(String chart, String values, String offending) {
    String message = HelmCharts.renderFailure(chart, chart + "-refused", values);

    assertThat(message).contains(SCHEMA).contains(offending);
  }

  static Stream<Arguments> refusedByTheLibrary() {
    return Stream.of(
        Arguments.of("database:\n  password: s3cret", "database.username"),
        Arguments.of("autoscaling:\n  minReplicas: 5\n  maxReplicas: 2", "minReplicas"),
        Arguments.of("ingress:\n  enabled: true\n  hosts: []", "must not have an Ingress"));
  }

  @ParameterizedTest(name = "meldpunt: {0}")
  @MethodSource("refusedByTheLibrary")
  void theLibraryRefuses(String values, String reason) {
    String message = HelmCharts.renderFailure("meldpunt", "meldpunt-refused", values);

    assertThat(message).doesNotContain(SCHEMA).contains(reason);
  }
}
