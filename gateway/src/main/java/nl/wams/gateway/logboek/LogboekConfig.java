package nl.wams.gateway.logboek;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the Logboek Dataverwerkingen (prefix {@code wams.logboek}); docs/configuration.md.
 */
@ConfigMapping(prefix = "wams.logboek")
public interface LogboekConfig {

  /**
   * Whether the gateway logs. Off only for measurements (docs/performance.md): without it the
   * gateway discloses without a record, which the Wams does not allow in production.
   */
  @WithDefault("true")
  boolean enabled();

  /**
   * The key of the HMAC-SHA256 that pseudonymises the BSN ({@code dpl.core.data_subject_id}).
   * Required in production (env {@code WAMS_LOGBOEK_HMAC_KEY}); changing it breaks the search of
   * older records.
   */
  String hmacKey();

  /**
   * The version of {@link #hmacKey()}, stored with every new record. Rotating the key: give the new
   * key a new version and move the old one to {@link #eerdereHmacKeys()} (docs/gateway.md).
   */
  @WithDefault("1")
  String hmacKeyVersie();

  /**
   * Earlier keys by version (env {@code WAMS_LOGBOEK_EERDERE_HMAC_KEYS_<versie>}), still tried by
   * every search so that records made under them stay findable; drop one only when no record under
   * it is still kept. Records without a version count as version 1.
   */
  Map<String, String> eerdereHmacKeys();

  /** How long a response may wait for its records to be committed; past it 503. */
  @WithDefault("2S")
  Duration deadline();

  /** The most requests whose records one transaction commits (group commit). */
  @WithDefault("512")
  int maxBatch();

  /**
   * How long the writer may wait for more requests before it commits a group, and only while
   * requests are on their way back from a component (so never when the gateway is idle): larger
   * groups cost the database less per request under load. 0 commits at once.
   */
  @WithDefault("1MS")
  Duration verzameltijd();

  /** Requests waiting for the writer; when full, 503 at once. */
  @WithDefault("20000")
  int queue();
}
