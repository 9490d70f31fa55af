package nl.wams.gateway.proxy;

import java.time.Duration;
import java.util.Optional;

/**
 * A circuit breaker for one component: closed until {@code threshold} failures in a row (time-outs,
 * unreachable, 5xx), then open for {@code open} (requests answered 503 at once), then half open:
 * one request is let through, and its outcome closes or reopens the circuit.
 */
public final class CircuitBreaker {

  private final int threshold;
  private final long openNanos;
  private int failures;
  private long openUntil;
  private boolean trialRunning;

  public CircuitBreaker(int threshold, Duration open) {
    this.threshold = threshold;
    this.openNanos = open.toNanos();
  }

  /** Empty when a request may go to the component; else the time until it is tried again. */
  public synchronized Optional<Duration> allow(long now) {
    if (failures < threshold) {
      return Optional.empty();
    }
    long remaining = openUntil - now;
    if (remaining > 0 || trialRunning) {
      return Optional.of(Duration.ofNanos(Math.max(remaining, 1_000_000_000L)));
    }
    trialRunning = true;
    return Optional.empty();
  }

  public synchronized void success() {
    failures = 0;
    trialRunning = false;
  }

  public synchronized void failure(long now) {
    failures++;
    trialRunning = false;
    if (failures >= threshold) {
      openUntil = now + openNanos;
    }
  }
}
