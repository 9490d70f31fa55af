package nl.wams.onderzoek.domain;

/** A sociaal-domeinwet, or an adjacent domain (aanpalend domein), as in WAMS.md §2. */
public enum Domein {
  WMO(true),
  JEUGDWET(true),
  PARTICIPATIEWET(true),
  WGS(true),
  ONDERWIJS(false),
  WERK_INKOMEN(false),
  ZORG(false),
  WONEN(false),
  VEILIGHEID(false);

  private final boolean sdWet;

  Domein(boolean sdWet) {
    this.sdWet = sdWet;
  }

  public boolean isSdWet() {
    return sdWet;
  }
}
