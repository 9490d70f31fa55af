package nl.wams.inzage.domain;

/** The nature of a complaint: a monitoring indicator (WAMS.md §7); shared with verslag. */
public enum KlachtAard {
  BEJEGENING,
  GEGEVENSDELING,
  BESLUIT,
  TERMIJN,
  COORDINATIE,
  OVERIG
}
