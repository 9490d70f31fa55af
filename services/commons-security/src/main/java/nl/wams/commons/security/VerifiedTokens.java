package nl.wams.commons.security;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens that have already passed full validation (signature, issuer, audience, expiry),
 * with what that validation produced, kept until the token expires.
 *
 * <p>The key is the complete token text, so only a byte-for-byte identical token is ever found: a
 * forged or altered token always misses and goes through full validation. An entry is never served
 * at or after the token's own {@code exp}. A revoked key therefore stops a cached token only when
 * it expires, exactly as with any locally validated JWT and cached JWKS.
 *
 * <p>Bounded: when full, expired entries are dropped; if it is still full, new tokens are simply
 * not cached (validation still happens, only slower).
 */
public final class VerifiedTokens<V> {

  private record Entry<V>(V value, Instant expires) {}

  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
  private final int capacity;

  public VerifiedTokens(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0");
    }
    this.capacity = capacity;
  }

  /** What validation produced for this exact token, if it was validated and has not expired. */
  public Optional<V> find(String token, Instant now) {
    Entry<V> entry = entries.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (!now.isBefore(entry.expires())) {
      entries.remove(token, entry);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  /** Remembers a validated token until {@code expires}; ignored when already expired or full. */
  public void remember(String token, V value, Instant expires, Instant now) {
    if (!now.isBefore(expires) || capacity == 0) {
      return;
    }
    if (entries.size() >= capacity) {
      dropExpired(now);
      if (entries.size() >= capacity) {
        return;
      }
    }
    entries.put(token, new Entry<>(value, expires));
  }

  public int size() {
    return entries.size();
  }

  private void dropExpired(Instant now) {
    for (Iterator<Entry<V>> it = entries.values().iterator(); it.hasNext(); ) {
      if (!now.isBefore(it.next().expires())) {
        it.remove();
      }
    }
  }
}
