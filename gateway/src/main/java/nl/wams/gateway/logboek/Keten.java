package nl.wams.gateway.logboek;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the append-only tables: {@code hash = SHA-256(vorige_hash || canonical row)},
 * the first row after {@link #BEGIN}. The canonical row is each value length-prefixed ({@code
 * <length>:<value>;}, null as {@code -;}), so no two rows share a form; a list is its elements
 * joined with commas, a moment its ISO-8601 form in microseconds (what PostgreSQL keeps).
 */
public final class Keten {

  public static final String BEGIN = "0".repeat(64);

  private Keten() {}

  public static String hash(String vorigeHash, List<?> waarden) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(vorigeHash.getBytes(StandardCharsets.US_ASCII));
      sha.update(canoniek(waarden).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String canoniek(List<?> waarden) {
    StringBuilder out = new StringBuilder(256);
    for (Object waarde : waarden) {
      if (waarde == null) {
        out.append("-;");
        continue;
      }
      String tekst =
          switch (waarde) {
            case List<?> lijst -> String.join(",", lijst.stream().map(String::valueOf).toList());
            case Instant moment -> moment.toString();
            default -> waarde.toString();
          };
      out.append(tekst.length()).append(':').append(tekst).append(';');
    }
    return out.toString();
  }
}
