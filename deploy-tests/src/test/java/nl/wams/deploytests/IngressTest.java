package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Ingress of the library, for the charts that may have one (the gateway and inzage; until they
 * exist, the test fixture edge-fixture stands in), and the NetworkPolicy rule that comes with it.
 */
class IngressTest {
  @Test
  void routesTheConfiguredPathsToTheServiceAndLetsTheIngressControllerIn() {
    HelmCharts.Rendered rendered = HelmCharts.render("edge-fixture", "edge-fixture-ingress");
    JsonNode ingress = rendered.one("Ingress").path("spec");

    assertThat(ingress.path("ingressClassName").asText()).isEqualTo("nginx");
    assertThat(ingress.at("/tls/0/secretName").asText()).isEqualTo("wams-example-nl-tls");
    assertThat(ingress.at("/rules/0/host").asText()).isEqualTo("wams.example.nl");
    JsonNode path = ingress.at("/rules/0/http/paths/0");
    assertThat(path.path("path").asText()).isEqualTo("/meldpunt/v1");
    assertThat(path.at("/backend/service/name").asText())
        .isEqualTo(rendered.one("Service").at("/metadata/name").asText());
    assertThat(path.at("/backend/service/port/name").asText()).isEqualTo("http");
    List<String> ingressRules = new ArrayList<>();
    rendered
        .one("NetworkPolicy")
        .at("/spec/ingress")
        .forEach(r -> ingressRules.add(NetworkPolicyTest.describe(r)));
    assertThat(ingressRules).containsExactly("[ns ingress-nginx] http/TCP");
  }

  @Test
  void withoutTheIngressTheControllerIsNotLetIn() {
    HelmCharts.Rendered rendered =
        HelmCharts.render("edge-fixture", "edge-fixture-no-ingress", "ingress:\n  enabled: false");

    assertThat(rendered.ofKind("Ingress")).isEmpty();
    assertThat(rendered.one("NetworkPolicy").at("/spec/ingress")).isEmpty();
  }
}
