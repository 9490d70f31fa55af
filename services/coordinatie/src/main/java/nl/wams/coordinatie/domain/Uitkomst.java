package nl.wams.coordinatie.domain;

/** The outcome of onderzoek's conclusion (table 4.1), as far as coordinatie needs to know it. */
public enum Uitkomst {
  COORDINATIE_VERPLICHT,
  COORDINATIE_OPTIONEEL,
  ENKELVOUDIG,
  GEEN_MEERVOUDIGE_PROBLEMATIEK
}
