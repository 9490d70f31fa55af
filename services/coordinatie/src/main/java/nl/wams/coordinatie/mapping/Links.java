package nl.wams.coordinatie.mapping;

import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import nl.wams.commons.apicontract.PublicUrls;

/** The canonical URLs of this service's resources, and reading them back. */
@Singleton
public class Links {

  private final PublicUrls urls;

  Links(PublicUrls urls) {
    this.urls = urls;
  }

  public URI of(String path) {
    return urls.of(path);
  }

  public URI aanpak(UUID id) {
    return urls.of("/aanpakken/" + id);
  }

  public URI coordinator(UUID id) {
    return urls.of("/coordinatoren/" + id);
  }

  /** The uuid of a pool member from its URL, if it is one of this service's coordinator URLs. */
  public Optional<UUID> coordinatorId(URI url) {
    String prefix = urls.of("/coordinatoren/").toString();
    String given = url.toString();
    if (!given.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(given.substring(prefix.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
