package nl.wams.meldpunt.domain;

/** De ingang van het traject; een monitoringsindicator. */
public enum Soort {
  MELDING,
  HULPVRAAG,
  VERZOEK
}
