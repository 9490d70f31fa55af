package nl.wams.coordinatie.api;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import nl.wams.coordinatie.service.Pagina;

/** The next/previous links of a paged list, keeping the list's filters and page size. */
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

  /** The link to the next page, or null on the last. */
  static URI volgende(Pagina<?> pagina, UriBuilder zelf) {
    return pagina.heeftVolgende()
        ? zelf.clone().queryParam("page", pagina.page() + 1).build()
        : null;
  }

  /** The link to the previous page, or null on the first. */
  static URI vorige(Pagina<?> pagina, UriBuilder zelf) {
    return pagina.heeftVorige() ? zelf.clone().queryParam("page", pagina.page() - 1).build() : null;
  }
}
