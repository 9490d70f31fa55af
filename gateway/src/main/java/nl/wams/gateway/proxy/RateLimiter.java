package nl.wams.gateway.proxy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client application: {@code burst} requests at once, then {@code perSecond}.
 * Keys are client ids from validated tokens, a set Keycloak bounds.
 */
public final class RateLimiter {

  private final double perSecond;
  private final double burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(double perSecond, int burst) {
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /** Empty when the request may go; else how long the client should wait. */
  public Optional<Duration> acquire(String client, long nowNanos) {
    return buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos)).take(nowNanos);
  }

  private final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }

    synchronized Optional<Duration> take(long now) {
      tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return Optional.empty();
      }
      return Optional.of(Duration.ofNanos((long) ((1 - tokens) / perSecond * 1e9)));
    }
  }
}
