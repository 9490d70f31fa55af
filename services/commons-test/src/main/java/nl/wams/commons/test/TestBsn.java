package nl.wams.commons.test;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh BSN for a test: nine digits starting with 9, passing the 11-proef, random in the rest, so
 * that tests sharing a database do not see each other's people.
 */
public final class TestBsn {

  private TestBsn() {}

  public static String nieuwBsn() {
    while (true) {
      int[] cijfers = new int[9];
      cijfers[0] = 9;
      int som = 9 * 9;
      for (int i = 1; i < 8; i++) {
        cijfers[i] = ThreadLocalRandom.current().nextInt(10);
        som += (9 - i) * cijfers[i];
      }
      int controle = som % 11;
      if (controle < 10) {
        cijfers[8] = controle;
        StringBuilder bsn = new StringBuilder(9);
        for (int cijfer : cijfers) {
          bsn.append(cijfer);
        }
        return bsn.toString();
      }
    }
  }
}
