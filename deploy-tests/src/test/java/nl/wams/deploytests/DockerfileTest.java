package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one JVM image of every service and the gateway: pinned, non-root, healthy, configured like
 * ./wams start.
 */
class DockerfileTest {
  private final Dockerfile dockerfile = Dockerfile.read();

  @Test
  void theBaseImageIsAPinnedJavaRuntime() {
    String from = dockerfile.one("FROM");

    assertThat(from)
        .as("an exact release tag, optionally with a digest; never latest")
        .matches("eclipse-temurin:(2[1-9])\\.\\d+\\.\\d+_\\d+-jre-[a-z]+(@sha256:[0-9a-f]{64})?")
        .doesNotContain("latest");
  }

  @Test
  void buildArgumentsSelectTheComponentItsModuleAndItsPort() {
    assertThat(dockerfile.all("ARG"))
        .containsExactly("SERVICE", "PORT", "MODULE=services/${SERVICE}");
    List<String> copies = dockerfile.all("COPY");
    assertThat(copies)
        .hasSize(4)
        .allMatch(copy -> copy.startsWith("${MODULE}/target/quarkus-app/"))
        .anyMatch(copy -> copy.startsWith("${MODULE}/target/quarkus-app/lib/ "))
        .anyMatch(copy -> copy.startsWith("${MODULE}/target/quarkus-app/app/ "))
        .anyMatch(copy -> copy.startsWith("${MODULE}/target/quarkus-app/quarkus/ "))
        .anyMatch(copy -> copy.startsWith("${MODULE}/target/quarkus-app/*.jar "));
    assertThat(dockerfile.environment()).containsEntry("QUARKUS_HTTP_PORT", "${PORT}");
    assertThat(dockerfile.one("EXPOSE")).isEqualTo("${PORT}");
    assertThat(dockerfile.one("ENTRYPOINT"))
        .contains("exec java ${JAVA_OPTS} ${JAVA_OPTS_APPEND} -jar /deployments/quarkus-run.jar");
    // The build context is the repository root: only the packaged components go into it.
    assertThat(Repo.read("docker/Dockerfile.dockerignore").lines().filter(l -> !l.startsWith("#")))
        .containsExactly("*", "!services/*/target/quarkus-app", "!gateway/target/quarkus-app");
  }

  @ParameterizedTest
  @MethodSource("components")
  void theBuildContextLetsInEveryComponentsPackagedApplication(QuarkusServices.Service service) {
    String module = service.module();
    String defaultModule = "services/" + service.name();
    List<String> allowed =
        Repo.read("docker/Dockerfile.dockerignore")
            .lines()
            .filter(l -> l.startsWith("!"))
            .map(l -> l.substring(1))
            .toList();

    assertThat(allowed)
        .as(module + "/target/quarkus-app is in the build context")
        .anyMatch(
            pattern ->
                java.nio.file.FileSystems.getDefault()
                    .getPathMatcher("glob:" + pattern)
                    .matches(java.nio.file.Path.of(module + "/target/quarkus-app")));
    assertThat(module)
        .as("a component outside services/ is the gateway (built with MODULE=" + module + ")")
        .satisfiesAnyOf(
            m -> assertThat(m).isEqualTo(defaultModule),
            m -> assertThat(m).isEqualTo(QuarkusServices.GATEWAY));
  }

  static List<QuarkusServices.Service> components() {
    return QuarkusServices.all();
  }

  @Test
  void runsAsTheNonRootUserTheChartsExpect() {
    String user = dockerfile.one("USER");

    assertThat(user).matches("\\d+:\\d+");
    int uid = Integer.parseInt(user.substring(0, user.indexOf(':')));
    assertThat(uid).isPositive();
    assertThat(dockerfile.indexOfLast("USER")).isGreaterThan(dockerfile.indexOfLast("COPY"));
    assertThat(dockerfile.indexOfLast("USER")).isGreaterThan(dockerfile.indexOfLast("RUN"));
    assertThat(dockerfile.one("RUN")).contains("--uid " + uid);
    for (String chart :
        QuarkusServices.all().stream().map(QuarkusServices.Service::name).toList()) {
      assertThat(
              HelmCharts.readYaml(Repo.path("helm/" + chart + "/values.yaml"))
                  .at("/podSecurityContext/runAsUser")
                  .asInt())
          .as(chart)
          .isEqualTo(uid);
    }
  }

  @Test
  void theHealthCheckAsksForReadinessOnTheServicesPort() {
    String healthcheck = dockerfile.one("HEALTHCHECK");

    assertThat(healthcheck)
        .contains("CMD ")
        .contains("/dev/tcp/127.0.0.1/${QUARKUS_HTTP_PORT}")
        .contains("GET /q/health/ready")
        .contains("grep -q ' 200 '")
        .contains("--interval=")
        .contains("--start-period=");
  }

  @Test
  void javaOptionsAreThoseOfServicesJvmOptions() {
    List<String> options =
        Repo.read("services/jvm.options")
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();

    assertThat(dockerfile.environment().get("JAVA_OPTS")).isEqualTo(String.join(" ", options));
  }

  @Test
  void everyVariableTheImageSetsIsASettingOfEveryService() {
    Map<String, String> environment = dockerfile.environment();

    for (QuarkusServices.Service service : QuarkusServices.all()) {
      for (String variable : environment.keySet()) {
        assertThat(
                Settings.IMAGE_VARIABLES.contains(variable)
                    || Settings.ofService(service).contains(variable))
            .as(service.name() + " knows " + variable)
            .isTrue();
      }
    }
  }
}
