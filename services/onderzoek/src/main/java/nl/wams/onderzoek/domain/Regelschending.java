package nl.wams.onderzoek.domain;

import java.util.List;

/** Input that breaks one or more Wams rules; nothing was changed. */
public final class Regelschending extends RuntimeException {

  private final List<Regelovertreding> overtredingen;

  public Regelschending(List<Regelovertreding> overtredingen) {
    super("Wams rules broken", null, false, false);
    this.overtredingen = List.copyOf(overtredingen);
  }

  public Regelschending(String veld, String code, String reden) {
    this(List.of(new Regelovertreding(veld, code, reden)));
  }

  public List<Regelovertreding> overtredingen() {
    return overtredingen;
  }
}
