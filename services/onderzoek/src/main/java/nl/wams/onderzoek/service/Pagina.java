package nl.wams.onderzoek.service;

import java.util.List;

/** One page of a list, with the total over all pages. */
public record Pagina<T>(List<T> items, long totaal, int page, int pageSize) {

  public boolean heeftVolgende() {
    return (long) page * pageSize < totaal;
  }

  public boolean heeftVorige() {
    return page > 1;
  }
}
