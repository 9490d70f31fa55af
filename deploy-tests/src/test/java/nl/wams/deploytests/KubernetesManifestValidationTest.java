package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every manifest every chart renders, with every value set, passes the offline Kubernetes API
 * validation (KubernetesValidation) — and that validation does refuse broken manifests.
 */
class KubernetesManifestValidationTest {
  static Stream<Arguments> renderings() {
    List<Arguments> renderings = new ArrayList<>();
    for (String chart : HelmCharts.chartNames()) {
      if (!chart.equals("wams-common")) {
        renderings.add(Arguments.of(chart, "defaults", new String[0]));
      }
    }
    renderings.add(
        Arguments.of(
            "meldpunt",
            "production",
            new String[] {
              Repo.read("deploy-tests/src/test/resources/values/meldpunt-production.yaml")
            }));
    renderings.add(
        Arguments.of(
            "meldpunt",
            "chart-secret",
            new String[] {
              "database:\n  username: u\n  password: p\nsecretEnv:\n  A_KEY: v\nexistingSecret: more\n"
            }));
    renderings.add(
        Arguments.of(
            "meldpunt",
            "fixed-replicas",
            new String[] {
              "replicaCount: 3\nautoscaling:\n  enabled: false\npodSecurityContext:\n  runAsUser: null\n"
            }));
    renderings.add(
        Arguments.of(
            "wams",
            "globals",
            new String[] {Repo.read("deploy-tests/src/test/resources/values/wams-globals.yaml")}));
    renderings.add(Arguments.of("edge-fixture", "ingress", new String[0]));
    renderings.add(
        Arguments.of(
            "gateway",
            "ingress",
            new String[] {
              "ingress:\n  enabled: true\n  className: nginx\n  tls:\n    - hosts: [api.wams.example.nl]\n      secretName: api-tls\n"
            }));
    return renderings.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("renderings")
  void everyRenderedManifestIsValid(String chart, String valueSet, String[] values) {
    HelmCharts.Rendered rendered = HelmCharts.render(chart, chart + "-" + valueSet, values);

    assertThat(rendered.documents()).isNotEmpty();
    List<String> problems = new ArrayList<>();
    rendered.documents().forEach(d -> problems.addAll(KubernetesValidation.problems(d)));
    assertThat(problems).isEmpty();
  }

  @Test
  void theValidationRefusesWhatTheApiServerWould() {
    String broken =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: Wams_Meldpunt
          labels:
            app.kubernetes.io/version: not a label value
        spec:
          selector:
            matchLabels:
              app: x
          template:
            metadata:
              labels:
                app: x
            spec:
              containers:
                - name: meldpunt
                  image: wams/meldpunt
                  imagePullPolcy: Always
                  ports:
                    - name: http-port-of-meldpunt
                      containerPort: 8081
                  resources:
                    limits:
                      memory: lots
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: wams-meldpunt
        data:
          QUARKUS_HTTP_PORT: 8081
        ---
        apiVersion: networking.k8s.io/v1beta1
        kind: Ingress
        metadata:
          name: old
        """;
    List<String> problems = new ArrayList<>();
    for (JsonNode document : HelmCharts.parseAll(broken)) {
      problems.addAll(KubernetesValidation.problems(document));
    }

    assertThat(problems)
        .anyMatch(p -> p.contains("metadata.name is not a DNS subdomain"))
        .anyMatch(p -> p.contains("label value not a label value"))
        .anyMatch(p -> p.contains("unknown field(s) [imagePullPolcy]"))
        .anyMatch(p -> p.contains("port name http-port-of-meldpunt"))
        .anyMatch(p -> p.contains("not a quantity: lots"))
        .anyMatch(p -> p.startsWith("v1/ConfigMap") && p.contains("coerce"))
        .anyMatch(
            p ->
                p.contains(
                    "networking.k8s.io/v1beta1/Ingress: a kind the validation does not know"));
  }
}
