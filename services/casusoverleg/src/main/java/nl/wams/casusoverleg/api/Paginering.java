package nl.wams.casusoverleg.api;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/** The self link of a paged list with its filters; Pagina adds the next/previous page to it. */
final class Paginering {

  private Paginering() {}

  static UriBuilder zelf(URI lijst, int pageSize) {
    return UriBuilder.fromUri(lijst).queryParam("pageSize", pageSize);
  }

  static void metFilter(UriBuilder zelf, String naam, Object waarde) {
    if (waarde != null) {
      zelf.queryParam(naam, waarde);
    }
  }
}
