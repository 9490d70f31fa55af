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
}
