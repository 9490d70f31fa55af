package nl.wams.commons.logboek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BetrokkenenCacheTest {

  private static final URI A = URI.create("http://onderzoek/onderzoek/v1/procedures/a");
  private static final URI B = URI.create("http://onderzoek/onderzoek/v1/procedures/b");
  private static final URI C = URI.create("http://onderzoek/onderzoek/v1/procedures/c");

  private final Map<URI, AtomicInteger> opgezocht = new ConcurrentHashMap<>();
  private final BetrokkenenCache.Bron bron =
      resource -> {
        opgezocht.computeIfAbsent(resource, r -> new AtomicInteger()).incrementAndGet();
        return Set.of("99999" + resource.getPath().charAt(resource.getPath().length() - 1));
      };
  private final VerstelbareKlok klok = new VerstelbareKlok();

  @Test
  void aResourceIsLookedUpOnceWithinItsTimeToLiveAndAgainAfter() {
    BetrokkenenCache cache = new BetrokkenenCache(bron, Duration.ofSeconds(60), 100, klok);
    assertThat(cache.van(A)).containsExactly("99999a");
    klok.verder(Duration.ofSeconds(59));
    assertThat(cache.van(A)).containsExactly("99999a");
    assertThat(opgezocht.get(A)).hasValue(1);
    klok.verder(Duration.ofSeconds(1));
    cache.van(A);
    assertThat(opgezocht.get(A)).hasValue(2);
  }

  @Test
  void theLeastRecentlyUsedResourceLeavesAFullCache() {
    BetrokkenenCache cache = new BetrokkenenCache(bron, Duration.ofSeconds(60), 2, klok);
    cache.van(List.of(A, B));
    cache.van(A);
    cache.van(C);
    cache.van(List.of(A, C));
    assertThat(opgezocht.get(A)).hasValue(1);
    assertThat(opgezocht.get(C)).hasValue(1);
    cache.van(B);
    assertThat(opgezocht.get(B)).hasValue(2);
  }

  @Test
  void aListIsAnsweredInItsOrderAndItsMissingResourcesAreLookedUpConcurrently() {
    CountDownLatch allenBezig = new CountDownLatch(3);
    BetrokkenenCache.Bron wachtOpElkaar =
        resource -> {
          allenBezig.countDown();
          try {
            // Only when all three lookups run at the same time do they all get past this.
            if (!allenBezig.await(10, TimeUnit.SECONDS)) {
              throw new IllegalStateException("not concurrent");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          return bron.betrokkenen(resource);
        };
    BetrokkenenCache cache = new BetrokkenenCache(wachtOpElkaar, Duration.ofSeconds(60), 10, klok);
    assertThat(cache.van(List.of(C, A, B, A)))
        .containsExactly(
            Map.entry(C, Set.of("99999c")),
            Map.entry(A, Set.of("99999a")),
            Map.entry(B, Set.of("99999b")));
  }

  @Test
  void aFailedLookupFailsTheCallAndIsNotRemembered() {
    AtomicInteger pogingen = new AtomicInteger();
    BetrokkenenCache.Bron eerstStuk =
        resource -> {
          if (resource.equals(B) && pogingen.incrementAndGet() == 1) {
            throw new IllegalStateException("onderzoek is weg");
          }
          return bron.betrokkenen(resource);
        };
    BetrokkenenCache cache = new BetrokkenenCache(eerstStuk, Duration.ofSeconds(60), 10, klok);
    assertThatThrownBy(() -> cache.van(List.of(A, B)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("onderzoek is weg");
    assertThat(cache.van(B)).containsExactly("99999b");
    assertThat(pogingen).hasValue(2);
  }

  @Test
  void aCacheOfSizeZeroAsksEveryTime() {
    BetrokkenenCache cache = new BetrokkenenCache(bron, Duration.ofSeconds(60), 0, klok);
    cache.van(A);
    cache.van(A);
    assertThat(opgezocht.get(A)).hasValue(2);
  }

  private static final class VerstelbareKlok extends Clock {
    private Instant nu = Instant.parse("2026-11-23T10:00:00Z");

    void verder(Duration duur) {
      nu = nu.plus(duur);
    }

    @Override
    public Instant instant() {
      return nu;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
