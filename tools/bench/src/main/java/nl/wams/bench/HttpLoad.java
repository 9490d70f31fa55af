package nl.wams.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Load for one GET endpoint, two modes:
 *
 * <ul>
 *   <li>{@code peak URL SECONDS CONNECTIONS}: closed loop, each connection sends the next request
 *       when the previous answered; prints requests per second and latency percentiles;
 *   <li>{@code rate URL SECONDS RPS}: open loop at a fixed rate; latency counts from the scheduled
 *       send time, so a slow server cannot hide its queueing (no coordinated omission).
 * </ul>
 *
 * An {@code Authorization} header is taken from the environment variable {@code
 * BENCH_AUTHORIZATION}. Only non-2xx answers count as errors.
 */
public final class HttpLoad {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final HttpRequest request;
  private final Recorder latencies = new Recorder(3);
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong done = new AtomicLong();

  HttpLoad(URI uri, String authorization) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
    if (authorization != null && !authorization.isBlank()) {
      builder.header("Authorization", authorization);
    }
    this.request = builder.build();
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 4 || !(args[0].equals("peak") || args[0].equals("rate"))) {
      System.err.println("usage: HttpLoad peak|rate URL SECONDS CONNECTIONS|RPS");
      System.exit(2);
    }
    HttpLoad load = new HttpLoad(URI.create(args[1]), System.getenv("BENCH_AUTHORIZATION"));
    Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
    int amount = Integer.parseInt(args[3]);
    // Warm the JIT and the connection pool of both sides before measuring.
    load.closedLoop(
        Duration.ofSeconds(Math.min(5, duration.toSeconds())), Math.max(1, Math.min(amount, 8)));
    load.reset();
    long start = System.nanoTime();
    if (args[0].equals("peak")) {
      load.closedLoop(duration, amount);
    } else {
      load.openLoop(duration, amount);
    }
    load.report(System.out, args[0], (System.nanoTime() - start) / 1e9);
  }

  void reset() {
    latencies.reset();
    errors.set(0);
    done.set(0);
  }

  void closedLoop(Duration duration, int connections) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < connections; i++) {
        workers.submit(
            () -> {
              while (System.nanoTime() < end) {
                send(System.nanoTime());
              }
            });
      }
      workers.shutdown();
      workers.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
    }
  }

  void openLoop(Duration duration, int perSecond) throws InterruptedException {
    long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
    long start = System.nanoTime();
    long count = duration.toSeconds() * perSecond;
    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      for (long i = 0; i < count; i++) {
        long scheduled = start + i * interval;
        long wait = scheduled - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        senders.submit(() -> send(scheduled));
      }
      senders.shutdown();
      senders.awaitTermination(60, TimeUnit.SECONDS);
    }
  }

  private void send(long scheduledNanos) {
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        errors.incrementAndGet();
      }
    } catch (IOException e) {
      errors.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    latencies.recordValue(Math.max(1, (System.nanoTime() - scheduledNanos) / 1000));
    done.incrementAndGet();
  }

  void report(PrintStream out, String mode, double seconds) {
    Histogram histogram = latencies.getIntervalHistogram();
    out.printf(
        "%s: %d requests in %.1f s = %.0f req/s, errors %d, latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f%n",
        mode,
        done.get(),
        seconds,
        done.get() / seconds,
        errors.get(),
        histogram.getValueAtPercentile(50) / 1000.0,
        histogram.getValueAtPercentile(90) / 1000.0,
        histogram.getValueAtPercentile(99) / 1000.0,
        histogram.getMaxValue() / 1000.0);
  }
}
