package nl.wams.gateway.logboek;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code dpl.core.data_subject_id}: HMAC-SHA256 of the BSN under a secret key, in hex. The same BSN
 * under the same key always gives the same pseudonym (so the resident's records can be found), but
 * without the key nobody can try the 10^9 BSNs against the log.
 *
 * <p>Keys have a version so that they can be rotated: new records are made under the current key
 * and carry its version; a search tries the current key and every earlier key still configured.
 * Records made before versions existed carry none and count as version {@value #EERSTE_VERSIE}.
 */
public final class Pseudoniem {

  /** The version of the key of records that carry none. */
  public static final String EERSTE_VERSIE = "1";

  private final String versie;
  private final ThreadLocal<Mac> huidige;
  private final Map<String, ThreadLocal<Mac>> alle = new LinkedHashMap<>();

  /** One key, version {@value #EERSTE_VERSIE}, no earlier ones. */
  public Pseudoniem(String sleutel) {
    this(EERSTE_VERSIE, sleutel, Map.of());
  }

  /**
   * The current key with its version, and the earlier keys by version that searches must still try.
   */
  public Pseudoniem(String versie, String sleutel, Map<String, String> eerdere) {
    if (versie == null || !versie.matches("[A-Za-z0-9._-]{1,32}")) {
      throw new IllegalArgumentException(
          "wams.logboek.hmac-key-versie must be 1 to 32 letters, digits, '.', '_' or '-'");
    }
    if (eerdere.containsKey(versie)) {
      throw new IllegalArgumentException(
          "wams.logboek.eerdere-hmac-keys names the current version "
              + versie
              + " again: give the new key a new version");
    }
    this.versie = versie;
    this.huidige = mac(sleutel, "wams.logboek.hmac-key (WAMS_LOGBOEK_HMAC_KEY)");
    alle.put(versie, huidige);
    eerdere.forEach((v, k) -> alle.put(v, mac(k, "wams.logboek.eerdere-hmac-keys.\"" + v + "\"")));
  }

  /** The pseudonym under the current key. */
  public String van(String bsn) {
    return hex(huidige, bsn);
  }

  /** The version of the current key, stored with every new record. */
  public String versie() {
    return versie;
  }

  /** The pseudonyms of this BSN under every configured key, the current one first. */
  public List<String> alle(String bsn) {
    List<String> pseudoniemen = new ArrayList<>(alle.size());
    alle.values().forEach(mac -> pseudoniemen.add(hex(mac, bsn)));
    return pseudoniemen;
  }

  private static String hex(ThreadLocal<Mac> mac, String bsn) {
    return HexFormat.of().formatHex(mac.get().doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
  }

  private static ThreadLocal<Mac> mac(String sleutel, String instelling) {
    if (sleutel == null || sleutel.length() < 16) {
      throw new IllegalArgumentException(instelling + " must be at least 16 characters");
    }
    SecretKeySpec spec = new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    return ThreadLocal.withInitial(
        () -> {
          try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(spec);
            return m;
          } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
