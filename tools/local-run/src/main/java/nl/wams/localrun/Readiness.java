package nl.wams.localrun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a readiness probe until it answers 200. */
final class Readiness {
  private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http;

  Readiness(HttpClient http) {
    this.http = http;
  }

  /**
   * Returns once {@code probe} answers 200.
   *
   * @param alive turns false when the process behind the probe has exited; waiting on is pointless
   * @throws LaunchException when {@code timeout} passes or the process exits first
   */
  void await(String name, URI probe, Duration timeout, BooleanSupplier alive)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest request =
        HttpRequest.newBuilder(probe)
            .timeout(timeout.compareTo(REQUEST_TIMEOUT) < 0 ? timeout : REQUEST_TIMEOUT)
            .build();
    while (!isReady(request)) {
      if (!alive.getAsBoolean()) {
        throw new LaunchException(name + " exited before it was ready");
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new LaunchException(
            name + " was not ready within " + Console.seconds(timeout) + " (" + probe + ")");
      }
      LockSupport.parkNanos(Math.min(left, POLL_INTERVAL.toNanos()));
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }

  private boolean isReady(HttpRequest request) throws InterruptedException {
    try {
      return http.send(request, BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notListeningYet) {
      return false;
    }
  }
}
