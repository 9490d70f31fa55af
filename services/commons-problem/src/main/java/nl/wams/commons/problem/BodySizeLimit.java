package nl.wams.commons.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared body exceeds {@code quarkus.http.limits.max-body-size} with a
 * 413 problem before anything reads it. (The HTTP layer's own check would answer without a body.)
 */
@Singleton
public class BodySizeLimit {

  private final long maxBytes;

  BodySizeLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
          MemorySize maxBodySize) {
    this.maxBytes = maxBodySize.asLongValue();
  }

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
          if (length != null && exceeds(length)) {
            Problem problem =
                ProblemType.PAYLOAD_TOO_LARGE.problem(
                    "De body mag hoogstens " + maxBytes + " bytes zijn.", rc.request().path());
            rc.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem));
            return;
          }
          rc.next();
        },
        // Before the default priority filters, so nothing else starts on an oversized request.
        200);
  }

  private boolean exceeds(String contentLength) {
    try {
      return Long.parseLong(contentLength.trim()) > maxBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
