package nl.wams.onderzoek.domain;

import java.util.Collection;

/**
 * The rule of table 4.1, step 3 (003 §4.3.1.1; WAMS.md §3), over the domains of the problems within
 * the client's scope:
 *
 * <ul>
 *   <li>problems under two or more sociaal-domeinwetten and a coordinated approach desirable: the
 *       municipality must coordinate ({@link Uitkomst#COORDINATIE_VERPLICHT});
 *   <li>one sociaal-domeinwet plus at least one adjacent domain, approach desirable: the
 *       municipality may coordinate ({@link Uitkomst#COORDINATIE_OPTIONEEL});
 *   <li>problems in more than one domain but no coordinated approach desirable, or none under a
 *       sociaal-domeinwet: single-track help ({@link Uitkomst#ENKELVOUDIG});
 *   <li>problems in at most one domain: {@link Uitkomst#GEEN_MEERVOUDIGE_PROBLEMATIEK}.
 * </ul>
 */
public final class Coordinatieregel {

  private Coordinatieregel() {}

  public static Uitkomst bepaal(
      Collection<Domein> domeinen, boolean gecoordineerdeAanpakWenselijk) {
    long sdWetten = domeinen.stream().distinct().filter(Domein::isSdWet).count();
    long aanpalend = domeinen.stream().distinct().filter(d -> !d.isSdWet()).count();
    if (sdWetten + aanpalend < 2) {
      return Uitkomst.GEEN_MEERVOUDIGE_PROBLEMATIEK;
    }
    if (!gecoordineerdeAanpakWenselijk) {
      return Uitkomst.ENKELVOUDIG;
    }
    if (sdWetten >= 2) {
      return Uitkomst.COORDINATIE_VERPLICHT;
    }
    if (sdWetten == 1) {
      return Uitkomst.COORDINATIE_OPTIONEEL;
    }
    return Uitkomst.ENKELVOUDIG;
  }
}
