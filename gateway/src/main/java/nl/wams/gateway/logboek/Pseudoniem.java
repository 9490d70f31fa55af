package nl.wams.gateway.logboek;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code dpl.core.data_subject_id}: HMAC-SHA256 of the BSN under the configured key, in hex. The
 * same BSN always gives the same pseudonym (so the resident's records can be found), but without
 * the key nobody can try the 10^9 BSNs against the log.
 */
public final class Pseudoniem {

  private final SecretKeySpec sleutel;
  private final ThreadLocal<Mac> mac;

  public Pseudoniem(String sleutel) {
    if (sleutel == null || sleutel.length() < 16) {
      throw new IllegalArgumentException(
          "wams.logboek.hmac-key must be at least 16 characters (set WAMS_LOGBOEK_HMAC_KEY)");
    }
    this.sleutel = new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.mac = ThreadLocal.withInitial(this::nieuweMac);
  }

  public String van(String bsn) {
    return HexFormat.of().formatHex(mac.get().doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
  }

  private Mac nieuweMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(sleutel);
      return m;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
