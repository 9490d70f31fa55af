package nl.wams.verslag.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression of the indicators (WAMS.md §7: exports are aggregated and must not let
 * anyone be recognised). Applied to every export, JSON, CSV and dashboard alike:
 *
 * <ol>
 *   <li><b>Primary:</b> a count from 1 to {@code minCelgrootte - 1} is suppressed. Zero is shown:
 *       it describes nobody.
 *   <li><b>Derived values</b> (mean and median lead time) are suppressed when the number of
 *       procedures they are computed over is suppressed or below the threshold.
 *   <li><b>Secondary, within a breakdown</b> whose cells add up to a published total (entry kind to
 *       procedures started; complaint kinds to complaints; end reasons to procedures ended): when
 *       exactly one cell is suppressed, the total minus the others would give it back, so the
 *       smallest other non-zero cell is suppressed as well; if there is none, the total is.
 * </ol>
 */
public final class Onderdrukking {

  /** A breakdown whose cells add up to the total of {@code totaalIndicator}. */
  public record Verdeling(String indicator, String totaalIndicator) {}

  /** A value derived from the count in {@code basisIndicator} (its total). */
  public record Afgeleid(String indicator, String basisIndicator) {}

  private Onderdrukking() {}

  public static List<Indicator> pas(
      List<Indicator> cellen,
      int minCelgrootte,
      Set<Verdeling> verdelingen,
      Set<Afgeleid> afgeleiden) {
    Map<String, Indicator> uit = new LinkedHashMap<>();
    Set<String> afgeleideNamen =
        afgeleiden.stream().map(Afgeleid::indicator).collect(java.util.stream.Collectors.toSet());
    for (Indicator cel : cellen) {
      boolean klein =
          !afgeleideNamen.contains(cel.indicator())
              && cel.waarde() != null
              && cel.waarde().signum() > 0
              && cel.waarde().compareTo(BigDecimal.valueOf(minCelgrootte)) < 0;
      uit.put(sleutel(cel), klein ? cel.verborgen() : cel);
    }
    for (Verdeling verdeling : verdelingen) {
      String totaalSleutel = verdeling.totaalIndicator() + "|" + Indicator.TOTAAL;
      Indicator totaal = uit.get(totaalSleutel);
      List<Indicator> delen =
          uit.values().stream()
              .filter(c -> c.indicator().equals(verdeling.indicator()) && !c.isTotaal())
              .toList();
      if (totaal == null || totaal.onderdrukt()) {
        delen.forEach(c -> uit.put(sleutel(c), c.verborgen()));
        continue;
      }
      long verborgen = delen.stream().filter(Indicator::onderdrukt).count();
      if (verborgen == 1) {
        delen.stream()
            .filter(c -> !c.onderdrukt() && c.waarde().signum() > 0)
            .min(Comparator.comparing(Indicator::waarde).thenComparing(Indicator::categorie))
            .ifPresentOrElse(
                c -> uit.put(sleutel(c), c.verborgen()),
                () -> uit.put(totaalSleutel, totaal.verborgen()));
      }
    }
    for (Afgeleid afgeleid : afgeleiden) {
      Indicator basis = uit.get(afgeleid.basisIndicator() + "|" + Indicator.TOTAAL);
      boolean teKlein =
          basis == null
              || basis.onderdrukt()
              || basis.waarde().compareTo(BigDecimal.valueOf(minCelgrootte)) < 0;
      if (teKlein) {
        new ArrayList<>(uit.values())
            .stream()
                .filter(c -> c.indicator().equals(afgeleid.indicator()))
                .forEach(c -> uit.put(sleutel(c), c.verborgen()));
      }
    }
    return List.copyOf(uit.values());
  }

  private static String sleutel(Indicator cel) {
    return cel.indicator() + "|" + cel.categorie();
  }
}
