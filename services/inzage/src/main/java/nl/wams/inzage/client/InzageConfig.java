package nl.wams.inzage.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Where inzage reads the sources: the gateway, always with the resident's own token. */
@ConfigMapping(prefix = "wams.inzage")
public interface InzageConfig {

  Gateway gateway();

  interface Gateway {
    /** Base URL of the gateway (scheme, host, port), e.g. {@code http://localhost:8080}. */
    URI url();

    /** Time-out per request to the gateway. */
    @WithDefault("5S")
    Duration timeout();
  }
}
