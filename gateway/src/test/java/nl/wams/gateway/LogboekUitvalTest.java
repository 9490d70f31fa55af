package nl.wams.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Fail closed: while a load of concurrent requests runs, the Logboek's database connections are
 * killed (pg_terminate_backend on every backend of the gateway's pool) and its table is locked for
 * longer than the deadline. Every 200 that left the gateway has its Logboek record; every other
 * answer is a 503 problem that discloses nothing of the body.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(SpecBackendResource.class)
class LogboekUitvalTest {

  private static final int VERZOEKEN = 600;
  private static final int GELIJKTIJDIG = 16;

  @TestHTTPResource("/")
  URL gateway;

  private record Uitkomst(String trace, int status, String body) {}

  @Test
  void noResponseLeavesWithoutItsLogboekRecordWhenTheDatabaseGoesAway() throws Exception {
    String token = Tokens.accessToken("meldpunt-ams");
    HttpClient http = HttpClient.newHttpClient();
    AtomicInteger verstuurd = new AtomicInteger();
    List<Future<Uitkomst>> lopend = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(GELIJKTIJDIG)) {
      for (int i = 0; i < VERZOEKEN; i++) {
        lopend.add(
            pool.submit(
                () -> {
                  String trace = LogboekTest.nieuweTrace();
                  HttpRequest request =
                      HttpRequest.newBuilder(gateway.toURI().resolve(LogboekTest.AANMELDING))
                          .header("Authorization", "Bearer " + token)
                          .header(LogboekTest.DOEL, "aanmelding-behandelen")
                          .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                          .build();
                  HttpResponse<String> response =
                      http.send(request, HttpResponse.BodyHandlers.ofString());
                  verstuurd.incrementAndGet();
                  return new Uitkomst(trace, response.statusCode(), response.body());
                }));
      }
      // The database goes away while the load runs: connections killed, then a lock held past
      // the deadline (wams.logboek.deadline, 2 s), then killed again.
      wachtTot(verstuurd, VERZOEKEN / 6);
      doodAlleVerbindingen();
      wachtTot(verstuurd, VERZOEKEN / 3);
      try (Connection c = LogboekDatabase.connect();
          Statement s = c.createStatement()) {
        c.setAutoCommit(false);
        s.execute("LOCK TABLE logboek_verwerking IN ACCESS EXCLUSIVE MODE");
        s.execute("SELECT pg_sleep(3)");
        c.rollback();
      }
      doodAlleVerbindingen();
      wachtTot(verstuurd, VERZOEKEN / 2);
      doodAlleVerbindingen();
    }

    List<Uitkomst> uitkomsten = new ArrayList<>();
    for (Future<Uitkomst> f : lopend) {
      uitkomsten.add(f.get());
    }
    Set<String> gelogd = new HashSet<>();
    for (var rij : LogboekDatabase.rows("SELECT trace_id FROM logboek_verwerking")) {
      gelogd.add((String) rij.get("trace_id"));
    }
    List<String> zonderRecord = new ArrayList<>();
    int weigeringen = 0;
    for (Uitkomst u : uitkomsten) {
      if (u.status() == 200) {
        if (!gelogd.contains(u.trace())) {
          zonderRecord.add(u.trace());
        }
      } else {
        weigeringen++;
        assertThat(u.status()).as("an answer that is not 200").isEqualTo(503);
        assertThat(u.body()).contains("\"status\":503").doesNotContain(LogboekTest.BSN, "melder");
      }
    }
    System.out.printf(
        "Logboek outage: %d requests, %d answered 200 (all logged: %s), %d answered 503%n",
        uitkomsten.size(), uitkomsten.size() - weigeringen, zonderRecord.isEmpty(), weigeringen);
    assertThat(zonderRecord).as("200 responses without a Logboek record").isEmpty();
    assertThat(weigeringen)
        .as("the locked table made some requests miss the deadline")
        .isPositive();
    assertThat(uitkomsten.size() - weigeringen).as("the gateway recovered").isPositive();
  }

  private static void doodAlleVerbindingen() throws Exception {
    LogboekDatabase.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            + " WHERE application_name = 'wams-gateway-logboek'");
  }

  private static void wachtTot(AtomicInteger verstuurd, int aantal) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(() -> verstuurd.get() >= aantal);
  }
}
