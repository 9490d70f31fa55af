package nl.wams.casusoverleg.domain;

/** The state of the overleg or request does not allow this (e.g. an overleg already held). */
public final class OngeldigeToestand extends RuntimeException {

  public OngeldigeToestand(String reden) {
    super(reden, null, false, false);
  }
}
