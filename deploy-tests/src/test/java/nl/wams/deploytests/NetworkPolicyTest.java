package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only the gateway (and components a contract names) reaches a service; a service reaches only DNS,
 * PostgreSQL, Keycloak (when it validates tokens) and the components it calls.
 */
class NetworkPolicyTest {
  static List<QuarkusServices.Service> services() {
    return QuarkusServices.all();
  }

  @ParameterizedTest
  @MethodSource("services")
  void deniesAllButTheDeclaredRules(QuarkusServices.Service service) {
    HelmCharts.Rendered rendered = HelmCharts.render(service.name(), service.name() + "-defaults");
    JsonNode policy = rendered.one("NetworkPolicy").path("spec");

    assertThat(ServiceChartTest.texts(policy.path("policyTypes")))
        .containsExactlyInAnyOrder("Ingress", "Egress");
    assertThat(policy.at("/podSelector/matchLabels"))
        .isEqualTo(rendered.one("Deployment").at("/spec/selector/matchLabels"));
    for (String direction : List.of("ingress", "egress")) {
      for (JsonNode rule : policy.path(direction)) {
        // A rule without peers or ports would open the service to everything.
        assertThat(rule.path(direction.equals("ingress") ? "from" : "to"))
            .as(rule.toString())
            .isNotEmpty();
        assertThat(rule.path("ports")).as(rule.toString()).isNotEmpty();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("services")
  void isReachedOnlyByTheGatewayAndTheComponentsThatCallIt(QuarkusServices.Service service) {
    JsonNode ingress =
        HelmCharts.render(service.name(), service.name() + "-defaults")
            .one("NetworkPolicy")
            .at("/spec/ingress");

    // The gateway reaches every component; the gateway itself is reached by those that call it.
    Set<String> callers = new TreeSet<>();
    if (!service.name().equals(QuarkusServices.GATEWAY)) {
      callers.add(QuarkusServices.GATEWAY);
    }
    for (QuarkusServices.Service other : QuarkusServices.all()) {
      if (Suite.calledBy(other).contains(service.name())) {
        callers.add(other.name());
      }
    }
    assertThat(ingress).hasSize(1);
    assertThat(components(ingress.get(0).path("from")))
        .containsExactlyInAnyOrderElementsOf(callers);
    assertThat(ports(ingress.get(0))).containsExactly("http/TCP");
  }

  @ParameterizedTest
  @MethodSource("services")
  void reachesOnlyDnsThePostgresClusterKeycloakAndTheComponentsItCalls(
      QuarkusServices.Service service) {
    JsonNode egress =
        HelmCharts.render(service.name(), service.name() + "-defaults")
            .one("NetworkPolicy")
            .at("/spec/egress");

    List<String> rules = new ArrayList<>();
    egress.forEach(rule -> rules.add(describe(rule)));
    List<String> expected = new ArrayList<>();
    expected.add("[ns kube-system pods {k8s-app=kube-dns}] 53/UDP 53/TCP");
    expected.add("[pods {cnpg.io/cluster=wams-db}] 5432/TCP");
    if (Suite.validatesTokens(service)) {
      expected.add("[ns keycloak] 8080/TCP 8443/TCP");
    }
    Set<String> called = Suite.calledBy(service);
    if (!called.isEmpty()) {
      expected.add(called.stream().map(c -> "component " + c).toList() + " http/TCP");
    }
    assertThat(rules).containsExactlyElementsOf(expected);
  }

  @Test
  void theDatabaseRuleFollowsTheDatabasePortAndPeers() {
    JsonNode egress =
        HelmCharts.render(
                "meldpunt",
                "meldpunt-database-peers",
                """
                database:
                  port: 6432
                networkPeers:
                  database:
                    to:
                      - ipBlock:
                          cidr: 10.1.2.0/24
                """)
            .one("NetworkPolicy")
            .at("/spec/egress");

    assertThat(describe(egress.get(1))).isEqualTo("[ip 10.1.2.0/24] 6432/TCP");
  }

  @Test
  void prometheusAndTheCollectorAreLetInOnlyWhenConfigured() {
    JsonNode spec =
        HelmCharts.render(
                "meldpunt",
                "meldpunt-production",
                Repo.read("deploy-tests/src/test/resources/values/meldpunt-production.yaml"))
            .one("NetworkPolicy")
            .path("spec");

    List<String> ingress = new ArrayList<>();
    spec.path("ingress").forEach(rule -> ingress.add(describe(rule)));
    assertThat(ingress)
        .containsExactly(
            "[component gateway, component onderzoek] http/TCP",
            "[ns monitoring pods {app.kubernetes.io/name=prometheus}] http/TCP");
    List<String> egress = new ArrayList<>();
    spec.path("egress").forEach(rule -> egress.add(describe(rule)));
    assertThat(egress)
        .contains(
            "[ip 10.20.0.0/24] 5432/TCP",
            "[ns monitoring pods {app.kubernetes.io/name=otel-collector}] 4317/TCP 4318/TCP");
  }

  @Test
  void extraRulesAreAddedAndNoCallerMeansNoIngressAtAll() {
    JsonNode spec =
        HelmCharts.render(
                "meldpunt",
                "meldpunt-no-callers",
                """
                networkPolicy:
                  enabled: true
                  allowedCallers: []
                  extraEgress:
                    - to:
                        - ipBlock:
                            cidr: 192.0.2.10/32
                      ports:
                        - port: 443
                          protocol: TCP
                """)
            .one("NetworkPolicy")
            .path("spec");

    assertThat(spec.path("ingress").isArray()).isTrue();
    assertThat(spec.path("ingress")).isEmpty();
    assertThat(describe(spec.path("egress").get(spec.path("egress").size() - 1)))
        .isEqualTo("[ip 192.0.2.10/32] 443/TCP");
  }

  /** A rule as text: its peers, then its ports. */
  static String describe(JsonNode rule) {
    JsonNode peers = rule.has("from") ? rule.path("from") : rule.path("to");
    List<String> described = new ArrayList<>();
    for (JsonNode peer : peers) {
      List<String> parts = new ArrayList<>();
      if (peer.at("/podSelector/matchLabels/app.kubernetes.io~1part-of").asText().equals("wams")) {
        parts.add(
            "component " + peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
      } else {
        if (peer.has("ipBlock")) {
          parts.add("ip " + peer.at("/ipBlock/cidr").asText());
        }
        if (peer.has("namespaceSelector")) {
          parts.add(
              "ns "
                  + peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
                      .asText());
        }
        if (peer.has("podSelector")) {
          parts.add("pods " + labels(peer.at("/podSelector/matchLabels")));
        }
      }
      described.add(String.join(" ", parts));
    }
    return described + " " + String.join(" ", ports(rule));
  }

  private static List<String> ports(JsonNode rule) {
    List<String> ports = new ArrayList<>();
    rule.path("ports")
        .forEach(p -> ports.add(p.path("port").asText() + "/" + p.path("protocol").asText()));
    return ports;
  }

  private static List<String> components(JsonNode peers) {
    List<String> components = new ArrayList<>();
    for (JsonNode peer : peers) {
      assertThat(peer.at("/podSelector/matchLabels/app.kubernetes.io~1part-of").asText())
          .isEqualTo("wams");
      assertThat(peer.has("namespaceSelector")).as("same namespace only").isFalse();
      components.add(peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
    }
    return components;
  }

  private static String labels(JsonNode matchLabels) {
    List<String> labels = new ArrayList<>();
    matchLabels
        .fields()
        .forEachRemaining(l -> labels.add(l.getKey() + "=" + l.getValue().asText()));
    return "{" + String.join(",", labels) + "}";
  }
}
