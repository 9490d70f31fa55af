package nl.wams.inzage.domain;

/** Where a request or complaint stands; the last two are final. */
public enum Status {
  ONTVANGEN,
  IN_BEHANDELING,
  AFGEHANDELD,
  AFGEWEZEN;

  public boolean afgerond() {
    return this == AFGEHANDELD || this == AFGEWEZEN;
  }
}
