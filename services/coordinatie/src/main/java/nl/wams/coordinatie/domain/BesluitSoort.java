package nl.wams.coordinatie.domain;

/** The decision on the coordinated approach. */
public enum BesluitSoort {
  /** Start the coordinated approach with the appointed coordinator. */
  GECOORDINEERDE_AANPAK,
  /** The municipality does not coordinate; only when coordination is optional. */
  GEEN_COORDINATIE,
  /** The client coordinates themselves, as the conclusion found responsible. */
  CLIENT_COORDINEERT_ZELF
}
