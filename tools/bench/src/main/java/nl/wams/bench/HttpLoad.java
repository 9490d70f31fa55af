package nl.wams.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 *   <li>{@code rate URL SECONDS RPS}: open loop at a fixed rate over 16 keep-alive connections;
 *       latency counts from the scheduled send time, so a slow server cannot hide its queueing (no
 *       coordinated omission).
 * </ul>
 *
 * An {@code Authorization} header is taken from the environment variable {@code
 * BENCH_AUTHORIZATION}, further headers from {@code BENCH_HEADERS} ({@code Name: value}, one per
 * line; e.g. the gateway's {@code Wams-Verwerkingsactiviteit}). Only non-2xx answers count as
 * errors.
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
    String extra = System.getenv("BENCH_HEADERS");
    if (extra != null) {
      for (String line : extra.split("\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          builder.header(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
      }
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

  /**
   * Open loop as wrk2 does it: {@link #OPEN_LOOP_CONNECTIONS} keep-alive connections, each with its
   * own share of a fixed schedule (request {@code i} is due at {@code start + i / rate}). A
   * connection that falls behind sends its next request at once, and that request's latency still
   * counts from when it was due. Plain sockets and HTTP/1.1, so that the generator itself stays
   * cheap next to the server on a small machine.
   */
  void openLoop(Duration duration, int perSecond) throws InterruptedException {
    long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
    long start = System.nanoTime();
    long count = duration.toSeconds() * perSecond;
    byte[] httpRequest = rawRequest();
    Thread[] connections = new Thread[OPEN_LOOP_CONNECTIONS];
    for (int c = 0; c < connections.length; c++) {
      int first = c;
      connections[c] =
          Thread.ofPlatform()
              .start(
                  () -> {
                    RawConnection connection = null;
                    for (long i = first; i < count; i += connections.length) {
                      long scheduled = start + i * interval;
                      long wait = scheduled - System.nanoTime();
                      if (wait > 0) {
                        LockSupport.parkNanos(wait);
                      }
                      try {
                        if (connection == null) {
                          connection = new RawConnection(request.uri());
                        }
                        if (connection.exchange(httpRequest) / 100 != 2) {
                          errors.incrementAndGet();
                        }
                      } catch (IOException e) {
                        errors.incrementAndGet();
                        connection = null;
                      }
                      latencies.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1000));
                      done.incrementAndGet();
                    }
                  });
    }
    for (Thread connection : connections) {
      connection.join();
    }
  }

  private static final int OPEN_LOOP_CONNECTIONS = 16;

  private byte[] rawRequest() {
    URI uri = request.uri();
    StringBuilder raw =
        new StringBuilder("GET ")
            .append(uri.getRawPath())
            .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            .append(" HTTP/1.1\r\nHost: ")
            .append(uri.getHost())
            .append(':')
            .append(uri.getPort())
            .append("\r\n");
    request
        .headers()
        .map()
        .forEach((name, values) -> values.forEach(v -> raw.append(name + ": " + v + "\r\n")));
    return raw.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * One keep-alive HTTP/1.1 connection that reads answers with Content-Length or chunked bodies.
   */
  private static final class RawConnection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawConnection(URI uri) throws IOException {
      socket = new Socket(uri.getHost(), uri.getPort());
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(10_000);
      in = new BufferedInputStream(socket.getInputStream(), 65536);
      out = socket.getOutputStream();
    }

    /** Sends the request and reads the whole answer; returns its status code. */
    int exchange(byte[] httpRequest) throws IOException {
      out.write(httpRequest);
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(line().trim(), 16); size > 0; ) {
          skip(size);
          line();
          size = Long.parseLong(line().trim(), 16);
        }
        line();
      } else if (length > 0) {
        skip(length);
      }
      return code;
    }

    private void skip(long bytes) throws IOException {
      for (long left = bytes; left > 0; ) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new IOException("connection closed");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("connection closed");
        }
        if (b != '\r') {
          line.append((char) b);
        }
      }
      return line.toString();
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
