package nl.wams.commons.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A service with this module, as the tests of every service run it (test profile, no collector).
 */
@QuarkusTest
class ObservabilityDefaultsTest {
  @Test
  void metricsAreServedInPrometheusFormatWithRouteTemplatesOnly() {
    given().get("/probe/999993653").then().statusCode(200);

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

    assertThat(metrics).contains("# TYPE jvm_memory_used_bytes gauge");
    assertThat(metrics)
        .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/probe/\\{id\\}\"");
    // The identifier in the path never becomes a label value; /q/* is not counted.
    assertThat(metrics).doesNotContain("999993653").doesNotContain("uri=\"/q/metrics\"");
  }

  @Test
  void tracingIsOffWithoutACollector() {
    assertThat(setting("quarkus.otel.sdk.disabled")).isEqualTo("true");
    // No span for the request, even when the caller sends a sampled trace context: nothing is
    // recorded, so nothing is exported and no connection to a collector is attempted.
    given()
        .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
        .get("/probe/1")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.equalTo("untraced"));
  }

  @Test
  void logsArePlainTextOutsideProduction() {
    assertThat(setting("quarkus.log.console.json.enabled")).isEqualTo("false");
  }

  private static String setting(String name) {
    return ConfigProvider.getConfig().getValue(name, String.class);
  }
}
