package nl.wams.meldpunt.domain;

/** Hoe dringend de zorgen zijn; acuut hoort bij de crisisdienst. */
public enum Urgentie {
  ACUUT,
  VERHOOGD,
  NORMAAL
}
