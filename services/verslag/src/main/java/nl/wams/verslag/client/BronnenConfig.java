package nl.wams.verslag.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where the sources verslag reads from are reached (documented in docs/configuration.md). */
public interface BronnenConfig {

  /** One source component. */
  interface Bron {
    /** The base URL verslag calls, including the base path. */
    URI url();

    /**
     * The base URL under which the source publishes its canonical URLs (behind the gateway: the
     * gateway's address). Only URLs below it are accepted. Defaults to {@link #url()}.
     */
    Optional<URI> publicUrl();

    @WithDefault("2S")
    Duration connectTimeout();

    @WithDefault("10S")
    Duration readTimeout();
  }

  /** casusoverleg, the source of the overleggen. */
  @ConfigMapping(prefix = "wams.casusoverleg")
  interface Casusoverleg extends Bron {}

  /** onderzoek, the source of the procedures and their gegevensverzoeken. */
  @ConfigMapping(prefix = "wams.onderzoek")
  interface Onderzoek extends Bron {}
}
