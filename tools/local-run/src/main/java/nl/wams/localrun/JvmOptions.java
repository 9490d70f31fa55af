package nl.wams.localrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JVM options a service runs with: {@code services/jvm.options}, plus an AOT cache (JEP
 * 483/514) on JDK 25 or newer. The first start of a build records the cache while the service runs
 * (demo data, the developer's requests) and writes it when the service stops; later starts of the
 * same build load it and start faster. A new build gets a new cache. {@code WAMS_AOT_CACHE=false}
 * turns the cache off: the benchmarks do, because what the cache holds depends on what the run that
 * recorded it happened to do (its method profiles steer the JIT), and the container images have
 * none.
 */
final class JvmOptions {

  static final int AOT_CACHE_FEATURE = 25;

  private JvmOptions() {}

  /** The options; no AOT cache when {@code aotDir} is null or the JDK is older than 25. */
  static List<String> forService(Path root, Service service, Path aotDir, int javaFeature)
      throws IOException {
    List<String> options = new ArrayList<>(read(root.resolve("services/jvm.options")));
    if (aotDir != null && javaFeature >= AOT_CACHE_FEATURE) {
      Path cache = aotCache(root, service, aotDir);
      options.add(Files.exists(cache) ? "-XX:AOTCache=" + cache : "-XX:AOTCacheOutput=" + cache);
    }
    return options;
  }

  /** Whether the services use an AOT cache: yes unless {@code WAMS_AOT_CACHE} is {@code false}. */
  static boolean aotCacheWanted(Map<String, String> environment) {
    return !"false".equalsIgnoreCase(environment.getOrDefault("WAMS_AOT_CACHE", "true").strip());
  }

  static List<String> read(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }

  /** One cache per service and build; caches of earlier builds are removed. */
  private static Path aotCache(Path root, Service service, Path aotDir) throws IOException {
    Path build = service.jar(root).resolveSibling("quarkus/quarkus-application.dat");
    String stamp =
        Files.exists(build) ? Long.toString(Files.getLastModifiedTime(build).toMillis()) : "0";
    Path cache = aotDir.resolve(service.name() + "-" + stamp + ".aot");
    Files.createDirectories(aotDir);
    try (Stream<Path> old = Files.list(aotDir)) {
      for (Path stale :
          old.filter(p -> p.getFileName().toString().startsWith(service.name() + "-"))
              .filter(p -> !p.equals(cache))
              .toList()) {
        Files.delete(stale);
      }
    }
    return cache;
  }
}
