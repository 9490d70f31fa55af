package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The gateway's chart: the entry point in front of every component, with its Logboek key from an
 * existing Secret and an Ingress that lets the ingress controller in.
 */
class GatewayChartTest {
  private static final String GATEWAY = QuarkusServices.GATEWAY;

  @Test
  void reachesEveryComponentByItsBaseAddressWithoutAPath() {
    HelmCharts.Rendered rendered = HelmCharts.render(GATEWAY, "gateway-defaults");
    JsonNode config = rendered.one("ConfigMap").path("data");

    Map<String, Integer> components = new TreeMap<>(Suite.componentPorts());
    components.remove(GATEWAY);
    assertThat(components).isNotEmpty();
    components.forEach(
        (component, port) ->
            assertThat(config.path("WAMS_GATEWAY_" + component.toUpperCase() + "_URL").asText())
                .as("wams.gateway.backends." + component + ".url: scheme, host and port only")
                .isEqualTo("http://wams-" + component + ":" + port));
    List<String> egress = new ArrayList<>();
    rendered
        .one("NetworkPolicy")
        .at("/spec/egress")
        .forEach(rule -> egress.add(NetworkPolicyTest.describe(rule)));
    assertThat(egress)
        .contains(components.keySet().stream().map(c -> "component " + c).toList() + " http/TCP");
  }

  @Test
  void takesTheLogboekKeyFromAnExistingSecretAndNeverFromTheChart() {
    HelmCharts.Rendered rendered = HelmCharts.render(GATEWAY, "gateway-defaults");
    JsonNode container = rendered.container();

    assertThat(container.at("/envFrom/1/secretRef/name").asText())
        .isEqualTo("wams-gateway-logboek");
    assertThat(rendered.ofKind("Secret")).isEmpty();
    assertThat(rendered.one("ConfigMap").path("data").has("WAMS_LOGBOEK_HMAC_KEY")).isFalse();
    assertThat(Settings.ofService(gateway())).contains("WAMS_LOGBOEK_HMAC_KEY");
    assertThat(Repo.read("helm/gateway/README.md")).contains("WAMS_LOGBOEK_HMAC_KEY");
  }

  @Test
  void theIngressRoutesTheApisToTheGatewayAndLetsTheControllerIn() {
    HelmCharts.Rendered rendered =
        HelmCharts.render(
            GATEWAY, "gateway-ingress", "ingress:\n  enabled: true\n  className: nginx\n");
    JsonNode ingress = rendered.one("Ingress").path("spec");

    assertThat(ingress.path("ingressClassName").asText()).isEqualTo("nginx");
    List<String> paths = new ArrayList<>();
    ingress
        .at("/rules/0/http/paths")
        .forEach(
            path -> {
              paths.add(path.path("path").asText());
              assertThat(path.at("/backend/service/name").asText()).isEqualTo("wams-gateway");
            });
    assertThat(paths).doesNotContain("/").contains("/meldpunt/v1", "/logboek/v1");
    List<String> rules = new ArrayList<>();
    rendered
        .one("NetworkPolicy")
        .at("/spec/ingress")
        .forEach(rule -> rules.add(NetworkPolicyTest.describe(rule)));
    assertThat(rules).containsExactly("[component inzage] http/TCP", "[ns ingress-nginx] http/TCP");
  }

  @Test
  void withoutTheIngressOnlyInzageReachesTheGateway() {
    HelmCharts.Rendered rendered = HelmCharts.render(GATEWAY, "gateway-defaults");

    assertThat(rendered.ofKind("Ingress")).isEmpty();
    List<String> rules = new ArrayList<>();
    rendered
        .one("NetworkPolicy")
        .at("/spec/ingress")
        .forEach(rule -> rules.add(NetworkPolicyTest.describe(rule)));
    assertThat(rules).containsExactly("[component inzage] http/TCP");
  }

  private static QuarkusServices.Service gateway() {
    return QuarkusServices.all().stream()
        .filter(s -> s.name().equals(GATEWAY))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the gateway is not among the components"));
  }
}
