package nl.wams.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import nl.wams.gateway.logboek.LogboekSchrijver;
import org.junit.jupiter.api.Test;

/**
 * The writer's group commit: while requests are on their way back from a component it collects
 * (here for up to a minute), and the last one to hand in its records ends the wait, so the group is
 * committed at once and not after the collection time.
 */
@QuarkusTest
@TestProfile(LogboekGroepTest.LangVerzamelen.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(SpecBackendResource.class)
class LogboekGroepTest {

  public static class LangVerzamelen implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("wams.logboek.verzameltijd", "60S");
    }
  }

  @Inject LogboekSchrijver schrijver;

  @Test
  void theLastRequestBackEndsTheCollectionAndTheGroupIsCommittedAtOnce() throws Exception {
    int aantal = 5;
    List<String> traces = new ArrayList<>();
    for (int i = 0; i < aantal; i++) {
      schrijver.vertrokken();
      traces.add(LogboekTest.nieuweTrace());
    }
    List<CompletableFuture<Void>> klaar = new ArrayList<>();
    for (String trace : traces) {
      schrijver.terug();
      Instant nu = Instant.now().truncatedTo(ChronoUnit.MICROS);
      klaar.add(
          schrijver.leg(
              List.of(
                  TestRegels.verwerking(
                      trace, nu, LogboekTest.PSEUDONIEM.van(LogboekTest.BSN), "1")),
              TestRegels.audit(trace, nu),
              null));
    }
    // Had the writer waited for the collection time, this would time out.
    CompletableFuture.allOf(klaar.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
    for (String trace : traces) {
      assertThat(LogboekDatabase.rows("SELECT 1 FROM logboek_verwerking WHERE trace_id = ?", trace))
          .hasSize(1);
      assertThat(LogboekDatabase.rows("SELECT 1 FROM audit_regel WHERE trace_id = ?", trace))
          .hasSize(1);
    }
  }
}
