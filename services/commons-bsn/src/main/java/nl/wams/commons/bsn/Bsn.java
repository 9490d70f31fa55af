package nl.wams.commons.bsn;

/**
 * A burgerservicenummer: nine digits that pass the 11-proef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a
 * multiple of 11, and the number is not 000000000). {@link #toString()} masks all but the last
 * three digits so that a BSN that slips into a log line or exception message is not disclosed.
 */
public record Bsn(String value) {

  public Bsn {
    if (!isValid(value)) {
      throw new IllegalArgumentException("Not a valid BSN (11-proef)");
    }
  }

  public static Bsn of(String value) {
    return new Bsn(value);
  }

  /** True when the value is nine digits that pass the 11-proef. */
  public static boolean isValid(String value) {
    if (value == null || value.length() != 9) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int weight = i == 8 ? -1 : 9 - i;
      sum += weight * (c - '0');
    }
    return sum != 0 && sum % 11 == 0;
  }

  @Override
  public String toString() {
    return "******" + value.substring(6);
  }
}
