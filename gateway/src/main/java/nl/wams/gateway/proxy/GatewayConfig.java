package nl.wams.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of the gateway (prefix {@code wams.gateway}); documented in docs/configuration.md. */
@ConfigMapping(prefix = "wams.gateway")
public interface GatewayConfig {

  /** Per component (the first path segment, e.g. {@code meldpunt}): where it runs. */
  Map<String, Backend> backends();

  /** A view policy file of the municipality's own; without it the default of the api-specs jar. */
  Optional<String> policy();

  RateLimit rateLimit();

  CircuitBreaker circuitBreaker();

  interface Backend {
    /** Scheme, host and port, e.g. {@code http://localhost:8081}. */
    String url();

    /** The whole exchange with the component, connect to last byte; past it 504. */
    @WithDefault("10S")
    Duration timeout();
  }

  /** Per client application (the token's {@code azp}): a token bucket. */
  interface RateLimit {
    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second per client. */
    @WithDefault("100")
    double perSecond();

    /** Requests a client may send at once after being idle. */
    @WithDefault("200")
    int burst();
  }

  /** Per component: after this many failures in a row, answer 503 for {@code open}. */
  interface CircuitBreaker {
    @WithDefault("5")
    int failures();

    @WithDefault("30S")
    Duration open();
  }
}
