package nl.wams.coordinatie.client;

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
   * The base URL coordinatie calls, including the base path, e.g. {@code
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
  nl.wams.commons.logboek.OnderzoekBetrokkenen.Instellingen betrokkenen();
}
