package nl.wams.commons.observability;

import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * An application endpoint for the tests, with a path parameter like the services' resources. It
 * answers whether the request runs in a trace (a valid current span).
 */
@Path("/probe/{id}")
public class ProbeResource {
  @GET
  public String get(@PathParam("id") String id) {
    return Span.current().getSpanContext().isValid() ? "traced" : "untraced";
  }
}
