package nl.wams.gateway.logboek;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
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

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  private Keten() {}

  /** Per thread: the canonical row as text and as UTF-8, reused (the writer hashes every row). */
  private static final ThreadLocal<Werkruimte> WERKRUIMTE =
      ThreadLocal.withInitial(Werkruimte::new);

  private static final class Werkruimte {
    final StringBuilder tekst = new StringBuilder(1024);
    final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
    ByteBuffer bytes = ByteBuffer.allocate(4096);
  }

  public static String hash(String vorigeHash, List<?> waarden) {
    MessageDigest sha = SHA256.get();
    sha.reset();
    sha.update(vorigeHash.getBytes(StandardCharsets.US_ASCII));
    Werkruimte w = WERKRUIMTE.get();
    w.tekst.setLength(0);
    canoniek(waarden, w.tekst);
    int nodig = (int) (w.tekst.length() * (double) w.utf8.maxBytesPerChar()) + 1;
    if (w.bytes.capacity() < nodig) {
      w.bytes = ByteBuffer.allocate(nodig);
    }
    w.bytes.clear();
    w.utf8.reset();
    w.utf8.encode(CharBuffer.wrap(w.tekst), w.bytes, true);
    w.utf8.flush(w.bytes);
    w.bytes.flip();
    sha.update(w.bytes);
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void canoniek(List<?> waarden, StringBuilder out) {
    for (Object waarde : waarden) {
      if (waarde == null) {
        out.append("-;");
        continue;
      }
      String tekst =
          switch (waarde) {
            case List<?> lijst -> lijst(lijst);
            case Instant moment -> moment.toString();
            default -> waarde.toString();
          };
      out.append(tekst.length()).append(':').append(tekst).append(';');
    }
  }

  /** The elements joined with commas (a loop: the writer does this for every row). */
  private static String lijst(List<?> lijst) {
    if (lijst.isEmpty()) {
      return "";
    }
    StringBuilder tekst = new StringBuilder(16 * lijst.size());
    for (int i = 0; i < lijst.size(); i++) {
      if (i > 0) {
        tekst.append(',');
      }
      tekst.append(lijst.get(i));
    }
    return tekst.toString();
  }
}
