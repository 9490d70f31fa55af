package nl.wams.verslag.domain;

/** A change the report's state does not allow (answered as 409). */
public class OngeldigeToestand extends RuntimeException {
  public OngeldigeToestand(String reden) {
    super(reden);
  }
}
