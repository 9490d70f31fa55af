package nl.wams.inzage.domain;

/** The AVG rights a resident exercises at one point, the college (WAMS.md §6). */
public enum VerzoekSoort {
  INZAGE_KOPIE,
  CORRECTIE,
  WISSING,
  BEPERKING,
  BEZWAAR
}
