package nl.wams.commons.logboek;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The data subjects (BSNs) of resources held at another source, for a service that refers to that
 * source by URL and keeps no BSN itself (coordinatie, casusoverleg and verslag name the people of
 * an onderzoek procedure this way). Looked up at the source, kept in memory for a short time and at
 * most {@code maxSize} resources (least recently used out first); never persisted, never logged.
 *
 * <p>Resources not in the cache are looked up concurrently (one virtual thread each), so a page of
 * twenty costs about one round trip. A failed lookup fails the whole call with the source's
 * exception: the caller must then not answer (fail closed), and nothing of it is cached.
 */
public final class BetrokkenenCache {

  /** Looks up the BSNs of one resource at its source; throws when the source cannot answer. */
  @FunctionalInterface
  public interface Bron {
    Set<String> betrokkenen(URI resource);
  }

  private record Regel(Set<String> bsns, Instant tot) {}

  private final Bron bron;
  private final Duration ttl;
  private final int maxSize;
  private final Clock clock;
  private final ExecutorService opzoekers = Executors.newVirtualThreadPerTaskExecutor();
  private final LinkedHashMap<URI, Regel> regels;

  public BetrokkenenCache(Bron bron, Duration ttl, int maxSize, Clock clock) {
    if (maxSize < 0 || ttl.isNegative()) {
      throw new IllegalArgumentException("The cache's size and time to live cannot be negative");
    }
    this.bron = bron;
    this.ttl = ttl;
    this.maxSize = maxSize;
    this.clock = clock;
    this.regels =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<URI, Regel> eldest) {
            return size() > BetrokkenenCache.this.maxSize;
          }
        };
  }

  /** The BSNs of one resource. */
  public Set<String> van(URI resource) {
    return van(List.of(resource)).get(resource);
  }

  /** The BSNs of each resource (in the given order, without repeats). */
  public Map<URI, Set<String>> van(Collection<URI> resources) {
    Map<URI, Set<String>> gevonden = new LinkedHashMap<>();
    List<URI> missend = new ArrayList<>();
    Instant nu = clock.instant();
    synchronized (regels) {
      for (URI resource : new LinkedHashSet<>(resources)) {
        Regel regel = regels.get(resource);
        if (regel != null && nu.isBefore(regel.tot())) {
          gevonden.put(resource, regel.bsns());
        } else {
          regels.remove(resource);
          missend.add(resource);
        }
      }
    }
    if (missend.size() == 1) {
      gevonden.put(missend.get(0), bewaar(missend.get(0), bron.betrokkenen(missend.get(0))));
    } else if (!missend.isEmpty()) {
      List<CompletableFuture<Set<String>>> opzoekingen =
          missend.stream()
              .map(r -> CompletableFuture.supplyAsync(() -> bron.betrokkenen(r), opzoekers))
              .toList();
      for (int i = 0; i < missend.size(); i++) {
        gevonden.put(missend.get(i), bewaar(missend.get(i), uitkomst(opzoekingen.get(i))));
      }
    }
    Map<URI, Set<String>> inVolgorde = new LinkedHashMap<>();
    for (URI resource : resources) {
      inVolgorde.put(resource, gevonden.get(resource));
    }
    return inVolgorde;
  }

  private Set<String> bewaar(URI resource, Set<String> bsns) {
    Set<String> vast = Collections.unmodifiableSet(new LinkedHashSet<>(bsns));
    if (maxSize > 0 && !ttl.isZero()) {
      synchronized (regels) {
        regels.put(resource, new Regel(vast, clock.instant().plus(ttl)));
      }
    }
    return vast;
  }

  private static Set<String> uitkomst(CompletableFuture<Set<String>> opzoeking) {
    try {
      return opzoeking.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException fout) {
        throw fout;
      }
      throw e;
    }
  }
}
