package nl.wams.localrun;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** A Wams service as the launcher runs it: a Quarkus fast-jar on a fixed local port. */
record Service(String name, int port, String basePath) {

  /**
   * Every service `./wams start` runs, in start order. Adding a service is one line here; planned
   * ports: gateway 8080, verslag 8085, inzage 8086.
   */
  static final List<Service> ALL =
      List.of(
          new Service("meldpunt", 8081, "/meldpunt/v1"),
          new Service("onderzoek", 8082, "/onderzoek/v1"),
          new Service("casusoverleg", 8083, "/casusoverleg/v1"),
          new Service("coordinatie", 8084, "/coordinatie/v1"));

  Path jar(Path root) {
    return root.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
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
    return List.of(
        new Link("API base", apiBase()),
        new Link("OpenAPI", URI.create(apiBase() + "/openapi.json")),
        new Link("OpenAPI", URI.create(apiBase() + "/openapi.yaml")),
        new Link("Swagger UI", origin().resolve("/q/swagger-ui")),
        new Link("Health", origin().resolve("/q/health")));
  }

  record Link(String label, URI uri) {}
}
