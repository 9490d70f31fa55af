package nl.wams.coordinatie.domain;

/** Light or heavy coordination. */
public enum Intensiteit {
  LICHT,
  ZWAAR
}
