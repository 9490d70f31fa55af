package nl.wams.meldpunt.domain;

/** Who reports; an anonymous reporter leaves no identity. */
public enum MelderSoort {
  INWONER,
  PROFESSIONAL,
  ANONIEM
}
