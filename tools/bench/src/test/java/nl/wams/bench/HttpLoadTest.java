package nl.wams.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HttpLoadTest {

  @Test
  void countsRequestsErrorsAndSendsTheAuthorizationHeader() throws Exception {
    AtomicInteger authorised = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          boolean ok = "Bearer t".equals(exchange.getRequestHeaders().getFirst("Authorization"));
          if (ok) {
            authorised.incrementAndGet();
          }
          exchange.sendResponseHeaders(ok ? 200 : 401, -1);
          exchange.close();
        });
    server.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      HttpLoad load = new HttpLoad(uri, "Bearer t");
      load.openLoop(Duration.ofSeconds(1), 50);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      load.report(new PrintStream(out, true, StandardCharsets.UTF_8), "rate", 1.0);
      assertThat(out.toString(StandardCharsets.UTF_8))
          .startsWith("rate: 50 requests")
          .contains("errors 0");
      assertThat(authorised.get()).isEqualTo(50);

      HttpLoad anonymous = new HttpLoad(uri, null);
      anonymous.closedLoop(Duration.ofMillis(300), 2);
      ByteArrayOutputStream report = new ByteArrayOutputStream();
      anonymous.report(new PrintStream(report, true, StandardCharsets.UTF_8), "peak", 0.3);
      assertThat(report.toString(StandardCharsets.UTF_8)).doesNotContain("errors 0");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void theOpenLoopReadsWholeBodiesWithContentLengthOrChunked() throws Exception {
    byte[] body =
        "{\"x\":\"".concat("y".repeat(5000)).concat("\"}").getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    for (String path : new String[] {"/lengte", "/chunked"}) {
      server.createContext(
          path,
          exchange -> {
            exchange.sendResponseHeaders(200, path.equals("/lengte") ? body.length : 0);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
    }
    server.start();
    try {
      for (String path : new String[] {"/lengte", "/chunked"}) {
        HttpLoad load =
            new HttpLoad(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), null);
        load.openLoop(Duration.ofSeconds(1), 200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        load.report(new PrintStream(out, true, StandardCharsets.UTF_8), "rate", 1.0);
        assertThat(out.toString(StandardCharsets.UTF_8))
            .as(path)
            .startsWith("rate: 200 requests")
            .contains("errors 0");
      }
    } finally {
      server.stop(0);
    }
  }
}
