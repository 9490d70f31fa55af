package nl.wams.casusoverleg.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wams.commons.bsn.Bsn;

/**
 * Finds a burgerservicenummer in free text: nine digits standing on their own, written together or
 * grouped with single spaces, dots or hyphens (999993653, 9999.93.653, 999 993 653), that pass the
 * 11-proef. Longer digit runs (IBAN, phone numbers) and shorter ones (dates, postcodes) are not a
 * BSN; nine digits that fail the 11-proef are not either.
 */
public final class BsnInTekst {

  private static final String SCHEIDING = "[ .\\-]";
  private static final Pattern NEGEN_CIJFERS =
      Pattern.compile(
          "(?<![0-9])(?<![0-9]"
              + SCHEIDING
              + ")[0-9](?:"
              + SCHEIDING
              + "?[0-9]){8}(?![0-9])(?!"
              + SCHEIDING
              + "[0-9])");

  private BsnInTekst() {}

  public static boolean bevat(String tekst) {
    if (tekst == null) {
      return false;
    }
    Matcher kandidaat = NEGEN_CIJFERS.matcher(tekst);
    while (kandidaat.find()) {
      if (Bsn.isValid(kandidaat.group().replaceAll("[^0-9]", ""))) {
        return true;
      }
    }
    return false;
  }
}
