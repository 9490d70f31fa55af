package nl.wams.coordinatie.service;

import java.util.List;

/** One page of a list, with the total over all pages. */
public record Pagina<T>(List<T> items, long totaal, int page, int pageSize) {

  public boolean heeftVolgende() {
    return (long) page * pageSize < totaal;
  }

  public boolean heeftVorige() {
    return page > 1;
  }

  /** The page of an already ordered list held in memory. */
  static <T> Pagina<T> uit(List<T> alle, int page, int pageSize) {
    int van = (int) Math.min((long) (page - 1) * pageSize, alle.size());
    int tot = Math.min(van + pageSize, alle.size());
    return new Pagina<>(List.copyOf(alle.subList(van, tot)), alle.size(), page, pageSize);
  }
}
