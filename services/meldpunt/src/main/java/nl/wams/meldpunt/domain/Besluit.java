package nl.wams.meldpunt.domain;

/** The outcome of triage. */
public enum Besluit {
  DOORVERWIJZEN,
  GEEN_ACTIE,
  ONDERZOEK_STARTEN
}
