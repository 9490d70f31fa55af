package nl.wams.commons.apicontract;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Puts the NL API Design Rules headers on every HTTP response of the service, errors and framework
 * answers included: set just before the headers leave, so no handler can forget or drop them.
 */
@Singleton
public class AdrResponseHeaders {

  private final String apiVersion;

  AdrResponseHeaders(ApiContract contract) {
    this.apiVersion = contract.version();
  }

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          rc.addHeadersEndHandler(v -> apply(rc.response().headers()));
          rc.next();
        },
        // Runs before every other filter, so even a request they reject gets the headers.
        1000);
  }

  void apply(MultiMap headers) {
    headers.set("API-Version", apiVersion);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Content-Security-Policy", "frame-ancestors 'none'");
  }
}
