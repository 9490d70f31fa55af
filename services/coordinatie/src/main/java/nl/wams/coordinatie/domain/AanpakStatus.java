package nl.wams.coordinatie.domain;

/**
 * NIEUW until the decision; then ACTIEF (a coordinated approach, also when the client coordinates)
 * or GEEN_COORDINATIE (final); an active approach ends as BEEINDIGD (final).
 */
public enum AanpakStatus {
  NIEUW,
  ACTIEF,
  GEEN_COORDINATIE,
  BEEINDIGD;

  /** The approach still runs or is being prepared: its appointment and plan may change. */
  public boolean lopend() {
    return this == NIEUW || this == ACTIEF;
  }
}
