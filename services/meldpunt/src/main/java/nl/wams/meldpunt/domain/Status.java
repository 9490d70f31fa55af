package nl.wams.meldpunt.domain;

/** NIEUW until the triage is recorded. */
public enum Status {
  NIEUW,
  BEOORDEELD
}
