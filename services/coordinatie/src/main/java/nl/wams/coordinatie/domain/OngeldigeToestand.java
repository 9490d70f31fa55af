package nl.wams.coordinatie.domain;

/** The state of the aanpak or coordinator does not allow this (e.g. an aanpak that has ended). */
public final class OngeldigeToestand extends RuntimeException {

  public OngeldigeToestand(String reden) {
    super(reden, null, false, false);
  }
}
