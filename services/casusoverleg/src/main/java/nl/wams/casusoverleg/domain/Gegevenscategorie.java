package nl.wams.casusoverleg.domain;

/**
 * The category of data shared in an overleg: the categories of {@code x-gegevenscategorie}
 * (api-specs/README.md) that describe data about a person.
 */
public enum Gegevenscategorie {
  IDENTIFICATIE,
  CONTACT,
  FINANCIEEL,
  WERK_INKOMEN,
  WONEN,
  ONDERWIJS,
  ZORG,
  GEZONDHEID,
  STRAFRECHTELIJK,
  VEILIGHEID;

  /** Health (AVG art. 9) and criminal-law data (art. 10): only with a basis in the domain's law. */
  public boolean bijzonder() {
    return this == GEZONDHEID || this == STRAFRECHTELIJK;
  }
}
