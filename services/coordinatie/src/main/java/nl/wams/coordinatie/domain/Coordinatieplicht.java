package nl.wams.coordinatie.domain;

/**
 * Whether the municipality must coordinate (table 4.1): problems under two or more SD-wetten →
 * VERPLICHT; one SD-wet and an adjacent domain → OPTIONEEL.
 */
public enum Coordinatieplicht {
  VERPLICHT,
  OPTIONEEL
}
