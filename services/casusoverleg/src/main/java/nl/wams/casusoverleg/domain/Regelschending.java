package nl.wams.casusoverleg.domain;

import java.util.List;

/** Input that breaks one or more Wams rules; nothing was changed. */
public final class Regelschending extends RuntimeException {

  private final List<Regelovertreding> overtredingen;

  public Regelschending(List<Regelovertreding> overtredingen) {
    super("Wams rules broken", null, false, false);
    this.overtredingen = List.copyOf(overtredingen);
  }

  public List<Regelovertreding> overtredingen() {
    return overtredingen;
  }

  /** Throws when there is anything to refuse. */
  static void weigerBij(List<Regelovertreding> overtredingen) {
    if (!overtredingen.isEmpty()) {
      throw new Regelschending(overtredingen);
    }
  }
}
