package nl.wams.verslag.domain;

import java.math.BigDecimal;

/**
 * One cell of the indicators: an indicator, the value it is broken down by ({@code totaal} when
 * not), and its value - absent when suppressed.
 */
public record Indicator(String indicator, String categorie, BigDecimal waarde, boolean onderdrukt) {

  public static final String TOTAAL = "totaal";

  public static Indicator telling(String indicator, String categorie, long aantal) {
    return new Indicator(indicator, categorie, BigDecimal.valueOf(aantal), false);
  }

  /** This cell, suppressed. */
  Indicator verborgen() {
    return new Indicator(indicator, categorie, null, true);
  }

  boolean isTotaal() {
    return TOTAAL.equals(categorie);
  }
}
