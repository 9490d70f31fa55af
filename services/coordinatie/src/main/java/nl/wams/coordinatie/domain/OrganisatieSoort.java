package nl.wams.coordinatie.domain;

/** A coordinator works for the municipality or for a partner organisation (WAMS.md §2). */
public enum OrganisatieSoort {
  GEMEENTE,
  PARTNER
}
