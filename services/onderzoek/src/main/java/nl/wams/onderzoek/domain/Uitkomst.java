package nl.wams.onderzoek.domain;

/** The outcome of the onderzoek by the rule of table 4.1 ({@link Coordinatieregel}). */
public enum Uitkomst {
  COORDINATIE_VERPLICHT,
  COORDINATIE_OPTIONEEL,
  ENKELVOUDIG,
  GEEN_MEERVOUDIGE_PROBLEMATIEK
}
