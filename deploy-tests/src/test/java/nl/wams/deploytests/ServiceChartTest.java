package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every service chart renders with its defaults, and how values change it. */
class ServiceChartTest {
  static List<QuarkusServices.Service> services() {
    return QuarkusServices.all();
  }

  @ParameterizedTest
  @MethodSource("services")
  void rendersTheResourcesOfAStatelessServiceWithItsDefaults(QuarkusServices.Service service) {
    HelmCharts.Rendered rendered = HelmCharts.render(service.name(), service.name() + "-defaults");

    Set<String> kinds = new TreeSet<>();
    rendered.documents().forEach(d -> kinds.add(d.path("kind").asText()));
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "ServiceAccount",
            "ConfigMap",
            "Service",
            "Deployment",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
            "NetworkPolicy");
    String name = "wams-" + service.name();
    rendered.documents().forEach(d -> assertThat(d.at("/metadata/name").asText()).isEqualTo(name));
  }

  @ParameterizedTest
  @MethodSource("services")
  void probesAskSmallRyeHealthOnTheServicePort(QuarkusServices.Service service) {
    HelmCharts.Rendered rendered = HelmCharts.render(service.name(), service.name() + "-defaults");
    JsonNode container = rendered.container();

    assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
    assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(service.port());
    assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      assertThat(container.path(probe).at("/httpGet/port").asText()).as(probe).isEqualTo("http");
      assertThat(container.path(probe).path("timeoutSeconds").asInt()).as(probe).isPositive();
    }
    // Room for Flyway to wait for its lock while another replica migrates.
    assertThat(
            container.at("/startupProbe/periodSeconds").asInt()
                * container.at("/startupProbe/failureThreshold").asInt())
        .isGreaterThanOrEqualTo(120);
    JsonNode kubernetesService = rendered.one("Service");
    assertThat(kubernetesService.at("/spec/ports/0/port").asInt()).isEqualTo(service.port());
    assertThat(kubernetesService.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
  }

  @ParameterizedTest
  @MethodSource("services")
  void requestsAndLimitsFitTheMeasuredFootprint(QuarkusServices.Service service) {
    JsonNode resources =
        HelmCharts.render(service.name(), service.name() + "-defaults")
            .container()
            .path("resources");

    assertThat(resources.at("/requests/memory").asText()).isEqualTo("256Mi");
    assertThat(resources.at("/limits/memory").asText()).isEqualTo("384Mi");
    assertThat(resources.at("/requests/cpu").asText()).isNotEmpty();
    assertThat(resources.at("/limits/cpu").asText()).isNotEmpty();
    // The heap cap of the image (-Xmx256m) plus the JVM's own memory must fit under the limit.
    assertThat(bytes(resources.at("/limits/memory")))
        .isGreaterThan(bytes(resources.at("/requests/memory")));
    assertThat(bytes(resources.at("/limits/memory")))
        .isGreaterThanOrEqualTo(256L * 1024 * 1024 + 100L * 1024 * 1024);
  }

  @ParameterizedTest
  @MethodSource("services")
  void runsAsNonRootOnAReadOnlyRootFilesystemWithoutPrivileges(QuarkusServices.Service service) {
    HelmCharts.Rendered rendered = HelmCharts.render(service.name(), service.name() + "-defaults");
    JsonNode pod = rendered.one("Deployment").at("/spec/template/spec");
    JsonNode container = rendered.container();

    assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
    assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(10001);
    assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
    assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
    JsonNode security = container.path("securityContext");
    assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
    assertThat(security.path("privileged").asBoolean(true)).isFalse();
    assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(texts(security.at("/capabilities/drop"))).containsExactly("ALL");
    assertThat(security.at("/capabilities/add").isMissingNode()).isTrue();
    // /tmp is the only writable place, an emptyDir with a size limit.
    assertThat(container.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/tmp");
    String volume = container.at("/volumeMounts/0/name").asText();
    JsonNode tmp = pod.path("volumes").get(0);
    assertThat(tmp.path("name").asText()).isEqualTo(volume);
    assertThat(tmp.at("/emptyDir/sizeLimit").asText()).isNotEmpty();
    assertThat(container.path("volumeMounts")).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("services")
  void takesItsSettingsFromTheConfigMapAndTheDatabaseSecret(QuarkusServices.Service service) {
    HelmCharts.Rendered rendered = HelmCharts.render(service.name(), service.name() + "-defaults");
    JsonNode container = rendered.container();
    JsonNode config = rendered.one("ConfigMap").path("data");

    assertThat(container.at("/envFrom/0/configMapRef/name").asText())
        .isEqualTo("wams-" + service.name());
    assertThat(config.path("QUARKUS_HTTP_PORT").asText()).isEqualTo(String.valueOf(service.port()));
    assertThat(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText())
        .isEqualTo("jdbc:postgresql://wams-db-rw:5432/wams");
    assertThat(secretRef(container, "QUARKUS_DATASOURCE_USERNAME"))
        .isEqualTo("wams-db-app/username");
    assertThat(secretRef(container, "QUARKUS_DATASOURCE_PASSWORD"))
        .isEqualTo("wams-db-app/password");
    assertThat(rendered.ofKind("Secret")).isEmpty();
    // Every variable is a setting the service knows: a typo would be silently ignored.
    Set<String> known = Settings.ofService(service);
    Set<String> set = new TreeSet<>();
    config.fieldNames().forEachRemaining(set::add);
    container.path("env").forEach(env -> set.add(env.path("name").asText()));
    assertThat(known).containsAll(set);
  }

  @Test
  void aChangedSettingRollsThePodsAndAnUnrelatedValueDoesNot() {
    String before = checksum(HelmCharts.render("meldpunt", "meldpunt-defaults"), "config");
    String changed =
        checksum(
            HelmCharts.render(
                "meldpunt", "meldpunt-public-url", "publicUrl: https://api.example.nl"),
            "config");
    String unrelated =
        checksum(HelmCharts.render("meldpunt", "meldpunt-replicas", "replicaCount: 3"), "config");

    assertThat(changed).isNotEqualTo(before);
    assertThat(unrelated).isEqualTo(before);
  }

  @Test
  void autoscalingOwnsTheReplicasAndBothTargetTheDeployment() {
    HelmCharts.Rendered rendered = HelmCharts.render("meldpunt", "meldpunt-defaults");
    JsonNode deployment = rendered.one("Deployment");
    JsonNode autoscaler = rendered.one("HorizontalPodAutoscaler");
    JsonNode budget = rendered.one("PodDisruptionBudget");

    assertThat(deployment.at("/spec/replicas").isMissingNode()).isTrue();
    assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
    assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo("wams-meldpunt");
    assertThat(autoscaler.at("/spec/minReplicas").asInt()).isEqualTo(2);
    assertThat(autoscaler.at("/spec/maxReplicas").asInt()).isEqualTo(4);
    assertThat(autoscaler.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
    assertThat(budget.at("/spec/maxUnavailable").asInt()).isEqualTo(1);
    JsonNode selector = deployment.at("/spec/selector/matchLabels");
    assertThat(budget.at("/spec/selector/matchLabels")).isEqualTo(selector);
    assertThat(rendered.one("Service").at("/spec/selector")).isEqualTo(selector);
    JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
    selector
        .fields()
        .forEachRemaining(l -> assertThat(podLabels.path(l.getKey())).isEqualTo(l.getValue()));
    // One new pod at a time, none of the old ones down before it is ready (it may be migrating).
    assertThat(deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt()).isZero();
    assertThat(deployment.at("/spec/strategy/rollingUpdate/maxSurge").asInt()).isEqualTo(1);
  }

  @Test
  void withoutAutoscalingTheDeploymentHasItsReplicasAndNoAutoscaler() {
    HelmCharts.Rendered rendered =
        HelmCharts.render(
            "meldpunt",
            "meldpunt-fixed-replicas",
            """
            replicaCount: 3
            autoscaling:
              enabled: false
            podDisruptionBudget:
              enabled: false
            networkPolicy:
              enabled: false
            """);

    assertThat(rendered.one("Deployment").at("/spec/replicas").asInt()).isEqualTo(3);
    assertThat(rendered.ofKind("HorizontalPodAutoscaler")).isEmpty();
    assertThat(rendered.ofKind("PodDisruptionBudget")).isEmpty();
    assertThat(rendered.ofKind("NetworkPolicy")).isEmpty();
  }

  @Test
  void credentialsInValuesBecomeTheChartsOwnSecretAndRollThePods() {
    HelmCharts.Rendered rendered =
        HelmCharts.render(
            "meldpunt",
            "meldpunt-chart-secret",
            """
            database:
              username: meldpunt
              password: s3cret
            secretEnv:
              WAMS_EXAMPLE_KEY: k3y
            existingSecret: meldpunt-extra
            """);
    JsonNode container = rendered.container();
    JsonNode secret = rendered.one("Secret");

    assertThat(secret.at("/stringData/QUARKUS_DATASOURCE_USERNAME").asText()).isEqualTo("meldpunt");
    assertThat(secret.at("/stringData/QUARKUS_DATASOURCE_PASSWORD").asText()).isEqualTo("s3cret");
    assertThat(secret.at("/stringData/WAMS_EXAMPLE_KEY").asText()).isEqualTo("k3y");
    List<String> envFrom = new ArrayList<>();
    container.path("envFrom").forEach(e -> envFrom.add(e.toString()));
    assertThat(envFrom)
        .containsExactly(
            "{\"configMapRef\":{\"name\":\"wams-meldpunt\"}}",
            "{\"secretRef\":{\"name\":\"wams-meldpunt\"}}",
            "{\"secretRef\":{\"name\":\"meldpunt-extra\"}}");
    assertThat(container.path("env").isMissingNode()).isTrue();
    assertThat(checksum(rendered, "secret"))
        .isNotEqualTo(checksum(HelmCharts.render("meldpunt", "meldpunt-defaults"), "secret"));
  }

  @Test
  void productionValuesPinTheImageAndSwitchTracingOn() {
    HelmCharts.Rendered rendered =
        HelmCharts.render(
            "meldpunt",
            "meldpunt-production",
            Repo.read("deploy-tests/src/test/resources/values/meldpunt-production.yaml"));
    JsonNode container = rendered.container();
    JsonNode config = rendered.one("ConfigMap").path("data");

    assertThat(container.path("image").asText())
        .isEqualTo(
            "registry.example.nl/wams/meldpunt@sha256:"
                + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    assertThat(config.path("QUARKUS_OTEL_SDK_DISABLED").asText()).isEqualTo("false");
    assertThat(config.path("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").asText())
        .isEqualTo("http://otel-collector.monitoring:4317");
    assertThat(Settings.ofObservability())
        .contains("QUARKUS_OTEL_SDK_DISABLED", "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
    assertThat(config.path("JAVA_OPTS").asText()).contains("-Xmx300m");
    assertThat(config.path("WAMS_API_PUBLIC_URL").asText())
        .isEqualTo("https://api.wams.example.nl");
    assertThat(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText())
        .isEqualTo("jdbc:postgresql://pg.example.nl:5433/wams?sslmode=require");
    assertThat(secretRef(container, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo("wams-database/pw");
    assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("512Mi");
    assertThat(
            rendered
                .one("Deployment")
                .at("/spec/template/spec/topologySpreadConstraints/0/topologyKey")
                .asText())
        .isEqualTo("topology.kubernetes.io/zone");
  }

  private static String secretRef(JsonNode container, String variable) {
    for (JsonNode env : container.path("env")) {
      if (env.path("name").asText().equals(variable)) {
        JsonNode ref = env.at("/valueFrom/secretKeyRef");
        return ref.path("name").asText() + "/" + ref.path("key").asText();
      }
    }
    throw new AssertionError(variable + " is not set from a Secret");
  }

  private static String checksum(HelmCharts.Rendered rendered, String what) {
    return rendered
        .one("Deployment")
        .at("/spec/template/metadata/annotations")
        .path("checksum/" + what)
        .asText();
  }

  private static long bytes(JsonNode quantity) {
    return Quantity.getAmountInBytes(new Quantity(quantity.asText())).longValueExact();
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
