package nl.wams.localrun;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * A Wams service as the launcher runs it: a Quarkus fast-jar on a fixed local port, built in the
 * module folder {@code module} (for most {@code services/<name>}).
 */
record Service(String name, int port, String basePath, String module) {

  Service(String name, int port, String basePath) {
    this(name, port, basePath, "services/" + name);
  }

  /** The gateway, started last; its example API (links, token example) is meldpunt through it. */
  static final Service GATEWAY = new Service("gateway", 8080, "/meldpunt/v1", "gateway");

  /**
   * Every service `./wams start` runs, in start order. Adding a service is one line here; planned
   * port: verslag 8085.
   */
  static final List<Service> ALL =
      List.of(
          new Service("meldpunt", 8081, "/meldpunt/v1"),
          new Service("onderzoek", 8082, "/onderzoek/v1"),
          new Service("casusoverleg", 8083, "/casusoverleg/v1"),
          new Service("coordinatie", 8084, "/coordinatie/v1"),
          new Service("verslag", 8085, "/verslag/v1"),
          new Service("inzage", 8086, "/inzage/v1"),
          GATEWAY);

  Path jar(Path root) {
    return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  URI origin() {
    return URI.create("http://localhost:" + port);
  }

  URI apiBase() {
    return URI.create(origin() + basePath);
  }

  URI readiness() {
    return origin().resolve("/q/health/ready");
  }

  /** The addresses a developer opens, in the order they are printed. */
  List<Link> links() {
    if (this.equals(GATEWAY)) {
      // The components the gateway routes to (wams.gateway.backends in its configuration).
      return List.of(
          new Link("API", URI.create(origin() + "/meldpunt/v1")),
          new Link("API", URI.create(origin() + "/onderzoek/v1")),
          new Link("API", URI.create(origin() + "/casusoverleg/v1")),
          new Link("API", URI.create(origin() + "/coordinatie/v1")),
          new Link("API", URI.create(origin() + "/verslag/v1")),
          new Link("API", URI.create(origin() + "/inzage/v1")),
          new Link("OpenAPI", URI.create(apiBase() + "/openapi.yaml")),
          new Link("Health", origin().resolve("/q/health")));
    }
    List<Link> links =
        new java.util.ArrayList<>(
            List.of(
                new Link("API base", apiBase()),
                new Link("OpenAPI", URI.create(apiBase() + "/openapi.json")),
                new Link("OpenAPI", URI.create(apiBase() + "/openapi.yaml")),
                new Link("Swagger UI", origin().resolve("/q/swagger-ui")),
                new Link("Health", origin().resolve("/q/health"))));
    if (name.equals("inzage")) {
      // The residents' pages (log in as inwoner-1, password inwoner-1).
      links.add(new Link("Pages", origin().resolve("/mijn")));
    }
    return List.copyOf(links);
  }

  record Link(String label, URI uri) {}
}
