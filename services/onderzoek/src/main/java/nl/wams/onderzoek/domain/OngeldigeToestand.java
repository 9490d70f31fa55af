package nl.wams.onderzoek.domain;

/** The procedure's state does not allow this (e.g. the dossier is fixed after the conclusion). */
public final class OngeldigeToestand extends RuntimeException {

  public OngeldigeToestand(String reden) {
    super(reden, null, false, false);
  }
}
