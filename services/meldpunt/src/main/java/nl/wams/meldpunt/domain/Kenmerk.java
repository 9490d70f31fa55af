package nl.wams.meldpunt.domain;

import java.security.SecureRandom;

/**
 * The reference on the reporter's receipt, e.g. {@code WMP-7K3Q9-XHD2M}: random, so it reveals
 * nothing about the case, the person or how many aanmeldingen there are. Crockford base32 (no I, L,
 * O, U), easy to read out over the phone.
 */
public final class Kenmerk {

  private static final char[] TEKENS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Kenmerk() {}

  public static String nieuw() {
    StringBuilder kenmerk = new StringBuilder("WMP-");
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        kenmerk.append('-');
      }
      kenmerk.append(TEKENS[RANDOM.nextInt(TEKENS.length)]);
    }
    return kenmerk.toString();
  }
}
