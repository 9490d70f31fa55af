package nl.wams.casusoverleg.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where onderzoek, the source of the procedures, is reached (documented in docs/configuration.md).
 */
@ConfigMapping(prefix = "wams.onderzoek")
public interface OnderzoekConfig {

  /**
   * The base URL casusoverleg calls, including the base path, e.g. {@code
   * http://onderzoek:8082/onderzoek/v1}.
   */
  URI url();

  /**
   * The base URL under which onderzoek publishes the canonical URLs of its procedures (its own
   * {@code wams.api.public-url} plus base path; behind the gateway, the gateway's address). Only
   * procedure URLs below it are accepted. Defaults to {@link #url()}.
   */
  Optional<URI> publicUrl();

  @WithDefault("2S")
  Duration connectTimeout();

  @WithDefault("10S")
  Duration readTimeout();

  /** The people of the procedures, named in the Logboek ({@code OnderzoekBetrokkenen}). */
  Betrokkenen betrokkenen();

  /** Settings of the look-up of a procedure's people at onderzoek. */
  interface Betrokkenen {

    /** How long the BSNs of a procedure are kept in memory after onderzoek named them. */
    @WithDefault("60S")
    Duration cacheTtl();

    /** At most this many procedures in memory (least recently used out first); 0: no cache. */
    @WithDefault("10000")
    int cacheSize();

    /** The Retry-After of the 503 when onderzoek cannot say who the people are. */
    @WithDefault("5S")
    Duration retryAfter();
  }
}
