package nl.wams.coordinatie.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** {@link BetrokkenenBenchmark} with the default look-up cache (warm after the first request). */
@QuarkusTest
@TestProfile(MetEchtOnderzoek.class)
class BetrokkenenMetCacheBenchmark {

  @Test
  void withCache() {
    BetrokkenenBenchmark.meet("cache on");
  }
}
