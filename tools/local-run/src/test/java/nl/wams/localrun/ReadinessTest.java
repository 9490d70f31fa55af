package nl.wams.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessTest {
  private static final Duration SHORT = Duration.ofMillis(300);
  private static final Duration LONG = Duration.ofSeconds(60);

  private final Readiness readiness = new Readiness(HttpClient.newHttpClient());
  private final AtomicInteger calls = new AtomicInteger();
  private HttpServer server;
  private volatile int readyFromCall;

  @BeforeEach
  void startProbe() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/q/health/ready",
        exchange -> {
          int status = calls.incrementAndGet() >= readyFromCall ? 200 : 503;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopProbe() {
    server.stop(0);
  }

  @Test
  void returnsOnceTheProbeAnswers200() throws Exception {
    readyFromCall = 3;

    readiness.await("meldpunt", probe(), LONG, () -> true);

    assertEquals(3, calls.get());
  }

  @Test
  void givesUpWhenTheTimeoutPassesAndNamesTheService() {
    readyFromCall = Integer.MAX_VALUE;

    var error =
        assertThrows(
            LaunchException.class, () -> readiness.await("meldpunt", probe(), SHORT, () -> true));

    assertTrue(
        error.getMessage().startsWith("meldpunt was not ready within 0.3 s"), error.getMessage());
    assertTrue(calls.get() >= 1);
  }

  @Test
  void stopsWaitingAsSoonAsTheProcessHasExited() {
    readyFromCall = Integer.MAX_VALUE;

    var error =
        assertThrows(
            LaunchException.class, () -> readiness.await("meldpunt", probe(), LONG, () -> false));

    assertEquals("meldpunt exited before it was ready", error.getMessage());
    assertEquals(1, calls.get());
  }

  @Test
  void treatsAPortWithoutListenerAsNotReadyYet() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/q/health/ready");

    assertThrows(
        LaunchException.class, () -> readiness.await("meldpunt", nowhere, SHORT, () -> true));
  }

  private URI probe() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/q/health/ready");
  }
}
