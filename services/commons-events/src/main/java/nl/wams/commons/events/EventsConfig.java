package nl.wams.commons.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where this service's events come from and go to (documented in docs/configuration.md). */
@ConfigMapping(prefix = "wams.events")
public interface EventsConfig {

  /** The CloudEvents {@code source}: this service's API base URL. */
  URI source();

  /** The services that receive events, by name. */
  Map<String, Subscriber> subscribers();

  /** How often the relay looks for due deliveries. */
  @WithDefault("1s")
  Duration relayInterval();

  /** Deliveries per relay run. */
  @WithDefault("50")
  int batchSize();

  /** One receiving service. */
  interface Subscriber {
    /** The receiving endpoint, e.g. http://localhost:8084/coordinatie/v1/gebeurtenissen. */
    URI url();

    /** The event types it receives. */
    List<String> types();
  }
}
