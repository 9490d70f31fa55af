package nl.wams.commons.apicontract;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;

/**
 * One page of a list (ADR: {@code page}, {@code pageSize}), with the total over all pages and the
 * links to the neighbouring pages. The links keep the list's own query (filters, page size).
 */
public record Pagina<T>(List<T> items, long totaal, int page, int pageSize) {

  public boolean heeftVolgende() {
    return (long) page * pageSize < totaal;
  }

  public boolean heeftVorige() {
    return page > 1;
  }

  /** The link to the next page, or null on the last; {@code zelf} is the list without a page. */
  public URI volgende(UriBuilder zelf) {
    return heeftVolgende() ? zelf.clone().queryParam("page", page + 1).build() : null;
  }

  /** The link to the previous page, or null on the first. */
  public URI vorige(UriBuilder zelf) {
    return heeftVorige() ? zelf.clone().queryParam("page", page - 1).build() : null;
  }

  /** The page of an already ordered list held in memory. */
  public static <T> Pagina<T> uit(List<T> alle, int page, int pageSize) {
    int van = (int) Math.min((long) (page - 1) * pageSize, alle.size());
    int tot = Math.min(van + pageSize, alle.size());
    return new Pagina<>(List.copyOf(alle.subList(van, tot)), alle.size(), page, pageSize);
  }
}
