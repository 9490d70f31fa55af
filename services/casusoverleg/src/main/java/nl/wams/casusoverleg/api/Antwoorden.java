package nl.wams.casusoverleg.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.wams.casusoverleg.service.OverlegService;
import nl.wams.commons.preconditions.EntityTags;

/** Answers to changes of an overleg: the changed part, with the overleg's new version as ETag. */
final class Antwoorden {

  private Antwoorden() {}

  /** 201 with the new part, its URL when it has one of its own, and the overleg's new ETag. */
  static Response aangemaakt(URI url, Object onderdeel, OverlegService.Wijziging<?> wijziging) {
    Response.ResponseBuilder antwoord = Response.status(Response.Status.CREATED).entity(onderdeel);
    if (url != null) {
      antwoord.location(url);
    }
    return metVersie(antwoord, wijziging);
  }

  /** 200 with the changed part and the overleg's new ETag. */
  static Response gewijzigd(Object onderdeel, OverlegService.Wijziging<?> wijziging) {
    return metVersie(Response.ok(onderdeel), wijziging);
  }

  private static Response metVersie(
      Response.ResponseBuilder antwoord, OverlegService.Wijziging<?> wijziging) {
    return antwoord
        .header(HttpHeaders.ETAG, EntityTags.of(wijziging.overleg().overleg().versie()))
        .build();
  }
}
