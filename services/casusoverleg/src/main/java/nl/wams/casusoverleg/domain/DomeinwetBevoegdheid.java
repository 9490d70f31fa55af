package nl.wams.casusoverleg.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which domain's own law authorises a party to process the special categories of personal data
 * (WAMS.md §4: "health or criminal data only by parties authorised by their own domain law"). The
 * suite's default table, documented in docs/casusoverleg.md; a municipality's legal advisers check
 * it, and it changes here, in one place:
 *
 * <pre>
 * domain            gezondheid  strafrechtelijk
 * WMO               yes         -
 * JEUGDWET          yes         yes
 * PARTICIPATIEWET   -           -      (WAMS.md §9: no health or criminal data)
 * WGS               -           -      (WAMS.md §9: no health or criminal data)
 * ONDERWIJS         -           -
 * WERK_INKOMEN      -           -
 * ZORG              yes         -
 * WONEN             -           -
 * VEILIGHEID        -           yes
 * </pre>
 *
 * Ordinary categories need no such authorisation.
 */
public final class DomeinwetBevoegdheid {

  private static final Map<Domein, Set<Gegevenscategorie>> BIJZONDERE_CATEGORIEEN =
      new EnumMap<>(Domein.class);

  static {
    for (Domein domein : Domein.values()) {
      BIJZONDERE_CATEGORIEEN.put(domein, EnumSet.noneOf(Gegevenscategorie.class));
    }
    BIJZONDERE_CATEGORIEEN.get(Domein.WMO).add(Gegevenscategorie.GEZONDHEID);
    BIJZONDERE_CATEGORIEEN
        .get(Domein.JEUGDWET)
        .addAll(EnumSet.of(Gegevenscategorie.GEZONDHEID, Gegevenscategorie.STRAFRECHTELIJK));
    BIJZONDERE_CATEGORIEEN.get(Domein.ZORG).add(Gegevenscategorie.GEZONDHEID);
    BIJZONDERE_CATEGORIEEN.get(Domein.VEILIGHEID).add(Gegevenscategorie.STRAFRECHTELIJK);
  }

  private DomeinwetBevoegdheid() {}

  /** True for an ordinary category, and for a special one the domain's law authorises. */
  public static boolean staatToe(Domein domein, Gegevenscategorie categorie) {
    return !categorie.bijzonder() || BIJZONDERE_CATEGORIEEN.get(domein).contains(categorie);
  }
}
