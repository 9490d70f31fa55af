package nl.wams.onderzoek.domain;

/** A part of the dossier that the request names does not exist. */
public final class NietGevonden extends RuntimeException {

  public NietGevonden(String reden) {
    super(reden, null, false, false);
  }
}
