package nl.wams.onderzoek.domain;

/** How the procedure began: the client's hulpvraag, a professional's verzoek, or a melding. */
public enum Ingangssoort {
  HULPVRAAG,
  VERZOEK,
  MELDING;

  /** The initiative the entry stands for, a monitoring indicator (WAMS.md §7). */
  public Initiatief initiatief() {
    return switch (this) {
      case HULPVRAAG -> Initiatief.CLIENT;
      case VERZOEK -> Initiatief.PROFESSIONAL;
      case MELDING -> Initiatief.OMGEVING;
    };
  }

  /** An onderzoek the client did not ask for needs the anti-monitoring motivation (000 §4.3). */
  public boolean opInitiatiefVanAnderen() {
    return this != HULPVRAAG;
  }
}
