package nl.wams.casusoverleg.mapping;

import jakarta.inject.Singleton;
import java.net.URI;
import java.util.UUID;
import nl.wams.commons.apicontract.PublicUrls;

/** The canonical URLs of this service's resources. */
@Singleton
public class Links {

  private final PublicUrls urls;

  Links(PublicUrls urls) {
    this.urls = urls;
  }

  public URI of(String path) {
    return urls.of(path);
  }

  public URI overleg(UUID id) {
    return urls.of("/overleggen/" + id);
  }

  public URI inbreng(UUID overleg, UUID inbreng) {
    return urls.of("/overleggen/" + overleg + "/inbreng/" + inbreng);
  }

  public URI verzoek(UUID overleg, UUID verzoek) {
    return urls.of("/overleggen/" + overleg + "/verzoeken/" + verzoek);
  }
}
