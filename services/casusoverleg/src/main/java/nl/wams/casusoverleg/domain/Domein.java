package nl.wams.casusoverleg.domain;

/** A social-domain law or an adjacent domain (WAMS.md §2), the same list as onderzoek's. */
public enum Domein {
  WMO,
  JEUGDWET,
  PARTICIPATIEWET,
  WGS,
  ONDERWIJS,
  WERK_INKOMEN,
  ZORG,
  WONEN,
  VEILIGHEID
}
