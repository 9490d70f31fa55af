package nl.wams.commons.apicontract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds canonical resource URLs ({@code url} fields, {@code Location}, paging links) from the
 * configured public address of the API, never from the request's Host header: a URL stored by
 * another component must stay valid whoever made the request.
 */
@Singleton
public class PublicUrls {

  /** Typed configuration of the service's public address. */
  @ConfigMapping(prefix = "wams.api")
  public interface Config {
    /**
     * Scheme, host and port under which clients reach this API (behind the gateway: the gateway's
     * address). The base path of the contract is appended.
     */
    @WithDefault("http://localhost:${quarkus.http.port:8080}")
    String publicUrl();
  }

  private final String base;

  PublicUrls(Config config, ApiContract contract) {
    this.base = zonderSlash(config.publicUrl()) + contract.basePath();
  }

  /** The absolute URL of a path within this API, e.g. {@code /aanmeldingen/123}. */
  public URI of(String path) {
    return URI.create(base + path);
  }

  /**
   * The uuid that ends a canonical URL under {@code prefix} (e.g. {@code
   * http://host/onderzoek/v1/procedures/}), or empty when the URL is not under the prefix or what
   * follows is no uuid. How every component reads a reference to a resource, its own or another's.
   */
  public static Optional<UUID> uuidNa(String prefix, String url) {
    if (url == null || !url.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(url.substring(prefix.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The base of a component's canonical URLs, without a trailing slash: a path is appended. */
  public static String basisVan(Bron bron) {
    return zonderSlash(bron.publicUrl().orElse(bron.url()).toString());
  }

  /** A base URL without its trailing slash, so that a path can be appended to it. */
  public static String zonderSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
