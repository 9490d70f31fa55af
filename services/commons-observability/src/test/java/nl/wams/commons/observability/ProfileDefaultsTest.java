package nl.wams.commons.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The module's defaults per profile, and that a deployment can override them (the same config
 * library and ordinals Quarkus uses: this file 100, application.properties 250, environment 300).
 */
class ProfileDefaultsTest {
  private static final String JSON_LOGS = "quarkus.log.console.json.enabled";
  private static final String TRACING_OFF = "quarkus.otel.sdk.disabled";

  @Test
  void productionLogsJsonDevAndTestDoNot() throws IOException {
    assertThat(config("prod", Map.of(), Map.of()).getValue(JSON_LOGS, Boolean.class)).isTrue();
    assertThat(config("dev", Map.of(), Map.of()).getValue(JSON_LOGS, Boolean.class)).isFalse();
    assertThat(config("test", Map.of(), Map.of()).getValue(JSON_LOGS, Boolean.class)).isFalse();
  }

  @Test
  void anEnvironmentVariableOverridesTheProductionDefault() throws IOException {
    SmallRyeConfig config =
        config("prod", Map.of(), Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false"));
    assertThat(config.getValue(JSON_LOGS, Boolean.class)).isFalse();
  }

  @Test
  void tracingIsSwitchedOnByEnvironmentOrByTheService() throws IOException {
    assertThat(config("prod", Map.of(), Map.of()).getValue(TRACING_OFF, Boolean.class)).isTrue();
    assertThat(
            config("prod", Map.of(), Map.of("QUARKUS_OTEL_SDK_DISABLED", "false"))
                .getValue(TRACING_OFF, Boolean.class))
        .isFalse();
    assertThat(
            config("prod", Map.of(TRACING_OFF, "false"), Map.of())
                .getValue(TRACING_OFF, Boolean.class))
        .isFalse();
  }

  private static SmallRyeConfig config(
      String profile, Map<String, String> applicationProperties, Map<String, String> environment)
      throws IOException {
    URL defaults =
        Path.of("src/main/resources/META-INF/microprofile-config.properties").toUri().toURL();
    return new SmallRyeConfigBuilder()
        .withProfile(profile)
        .withSources(new PropertiesConfigSource(defaults, 100))
        .withSources(
            new PropertiesConfigSource(applicationProperties, "application.properties", 250))
        .withSources(new EnvConfigSource(environment, 300))
        .build();
  }
}
