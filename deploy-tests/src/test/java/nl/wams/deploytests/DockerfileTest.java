package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one JVM image of every service: pinned, non-root, healthy, configured like ./wams start. */
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
  void oneBuildArgumentSelectsTheServiceAndItsPort() {
    assertThat(dockerfile.all("ARG")).containsExactly("SERVICE", "PORT");
    List<String> copies = dockerfile.all("COPY");
    assertThat(copies)
        .allMatch(copy -> copy.startsWith("services/${SERVICE}/target/quarkus-app/"))
        .anyMatch(copy -> copy.startsWith("services/${SERVICE}/target/quarkus-app/lib/ "))
        .anyMatch(copy -> copy.startsWith("services/${SERVICE}/target/quarkus-app/app/ "))
        .anyMatch(copy -> copy.startsWith("services/${SERVICE}/target/quarkus-app/quarkus/ "))
        .anyMatch(copy -> copy.startsWith("services/${SERVICE}/target/quarkus-app/*.jar "));
    assertThat(dockerfile.environment()).containsEntry("QUARKUS_HTTP_PORT", "${PORT}");
    assertThat(dockerfile.one("EXPOSE")).isEqualTo("${PORT}");
    assertThat(dockerfile.one("ENTRYPOINT"))
        .contains("exec java ${JAVA_OPTS} ${JAVA_OPTS_APPEND} -jar /deployments/quarkus-run.jar");
    // The build context is the repository root: only the packaged services go into it.
    assertThat(Repo.read("docker/Dockerfile.dockerignore").lines().filter(l -> !l.startsWith("#")))
        .containsExactly("*", "!services/*/target/quarkus-app");
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
