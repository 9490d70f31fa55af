package nl.wams.commons.apicontract;

import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Another component this service calls, as configured: a configuration group that each service maps
 * under its own prefix (e.g. {@code wams.onderzoek.*}, documented in docs/configuration.md).
 */
public interface Bron {

  /**
   * The base URL this service calls, including the base path, e.g. {@code
   * http://onderzoek:8082/onderzoek/v1}.
   */
  URI url();

  /**
   * The base URL under which the component publishes its canonical URLs (its own {@code
   * wams.api.public-url} plus base path; behind the gateway, the gateway's address). Only URLs
   * below it are accepted. Defaults to {@link #url()}.
   */
  Optional<URI> publicUrl();

  @WithDefault("2S")
  Duration connectTimeout();

  @WithDefault("10S")
  Duration readTimeout();
}
