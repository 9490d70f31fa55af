package nl.wams.commons.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * One real Keycloak for this test JVM: {@code kc.sh start-dev} from the distribution the build
 * unpacked to {@code target/keycloak/} at the repository root, on free ports, with the realm from
 * {@code docker/keycloak/wams-realm.json} imported. Its home is a directory of its own under the
 * module's {@code target/keycloak-test/} (the script and the realm copied, the rest linked to the
 * shared distribution), so its database never mixes with {@code ./wams start} or another test JVM.
 * Stopped when the JVM ends.
 */
final class TestKeycloak {
  static final String REALM = "wams";
  static final String REALM_FILE = "docker/keycloak/wams-realm.json";

  /** Override with {@code -Dwams.keycloak.start-timeout=<seconds>}. */
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("wams.keycloak.start-timeout", 180));

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
  private static final int LOG_TAIL_LINES = 30;

  /**
   * Linked, not copied: read-only for this instance (start-dev's first build writes lib/quarkus).
   */
  private static final List<String> SHARED = List.of("lib", "conf", "providers", "themes");

  /**
   * A string literal is one object in the whole JVM, whatever class loader loaded this class:
   * Quarkus loads test support classes again for each application it starts, so a static field
   * alone would start a Keycloak per class loader. The state lives in system properties instead.
   */
  private static final String LOCK = "nl.wams.commons.test.TestKeycloak";

  /**
   * The realm URL of the Keycloak tests use. Set it ({@code -Dwams.keycloak.realm-url=
   * http://localhost:8180/realms/wams}) to use one that already runs, e.g. that of ./wams start.
   */
  static final String REALM_URL_PROPERTY = "wams.keycloak.realm-url";

  private static final String FAILURE_PROPERTY = "wams.keycloak.start-failure";

  private final Process process;
  private final int port;
  private final Path home;
  private final Path log;

  private TestKeycloak(Process process, int port, Path home, Path log) {
    this.process = process;
    this.port = port;
    this.home = home;
    this.log = log;
  }

  /**
   * {@code http://localhost:<port>/realms/wams} of this JVM's Keycloak, the issuer of its tokens;
   * the first call starts it. A failed start is not repeated: later calls fail at once.
   */
  static URI realmUrl() {
    synchronized (LOCK) {
      String failure = System.getProperty(FAILURE_PROPERTY);
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
      String running = System.getProperty(REALM_URL_PROPERTY);
      if (running != null) {
        return URI.create(running);
      }
      TestKeycloak keycloak;
      try {
        keycloak = start();
      } catch (RuntimeException e) {
        System.setProperty(
            FAILURE_PROPERTY, "Keycloak failed to start earlier in this JVM: " + e.getMessage());
        throw e;
      }
      Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop, "wams-keycloak-stop"));
      URI url = URI.create("http://localhost:" + keycloak.port + "/realms/" + REALM);
      System.setProperty(REALM_URL_PROPERTY, url.toString());
      return url;
    }
  }

  static URI tokenEndpoint() {
    return URI.create(realmUrl() + "/protocol/openid-connect/token");
  }

  private static TestKeycloak start() {
    try {
      return launch();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Keycloak: " + e.getMessage(), e);
    }
  }

  private static TestKeycloak launch() throws IOException {
    long began = System.nanoTime();
    long deadline = began + START_TIMEOUT.toNanos();
    String version = version();
    Path root = repositoryRoot();
    Path distribution =
        Path.of(
            System.getProperty(
                "wams.keycloak.dist",
                root.resolve("target/keycloak/keycloak-" + version).toString()));
    if (!Files.isRegularFile(distribution.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          ("No Keycloak %s distribution at %s. The build of services/commons-test (and of"
                  + " tools/local-run) unpacks it there: run `./mvnw -B -q -pl services/commons-test"
                  + " -am package -DskipTests` from the repository root (it downloads"
                  + " org.keycloak:keycloak-quarkus-dist:%s:zip, about 180 MB, once).")
              .formatted(version, distribution, version));
    }
    long pid = ProcessHandle.current().pid();
    Path work = workDirectory();
    Path home = work.resolve("home-" + pid);
    Path log = work.resolve("keycloak-" + pid + ".log");
    int port = freePort();
    int managementPort = freePort();
    prepareHome(distribution, home, root.resolve(REALM_FILE));
    // start-dev builds (augments) the shared distribution on its first run; one start at a time.
    try (FileChannel lockFile =
            FileChannel.open(
                distribution.resolveSibling(".start.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = lock(lockFile, deadline)) {
      ProcessBuilder builder =
          new ProcessBuilder(
                  "/bin/sh",
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-port=" + port,
                  "--http-management-port=" + managementPort,
                  "--hostname=http://localhost:" + port,
                  "--health-enabled=true",
                  "--import-realm")
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      cleanEnvironment(builder.environment());
      Process process = builder.start();
      TestKeycloak keycloak = new TestKeycloak(process, port, home, log);
      try {
        keycloak.awaitReady(
            URI.create("http://localhost:" + managementPort + "/health/ready"), deadline);
      } catch (RuntimeException e) {
        keycloak.stop();
        throw e;
      }
      System.out.printf(
          Locale.ROOT,
          "Keycloak %s ready on port %d in %.1f s (realm %s; log %s)%n",
          version,
          port,
          (System.nanoTime() - began) / 1e9,
          REALM,
          log);
      return keycloak;
    }
  }

  private void awaitReady(URI probe, long deadline) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).build();
    while (true) {
      try {
        if (http.send(request, BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // keep polling until the deadline
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited (code %d) before it was ready.%n%s"
                .formatted(process.exitValue(), tail()));
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            ("Keycloak was not ready within %d s (%s). On a slow machine raise the limit with"
                    + " -Dwams.keycloak.start-timeout=<seconds>.%n%s")
                .formatted(START_TIMEOUT.toSeconds(), probe, tail()));
      }
      LockSupport.parkNanos(Math.min(left, POLL_INTERVAL.toNanos()));
    }
  }

  private synchronized void stop() {
    if (process.isAlive()) {
      // SIGTERM to kc.sh, which passes it on to Keycloak's JVM.
      process.destroy();
      try {
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          for (ProcessHandle child : process.descendants().toList()) {
            child.destroyForcibly();
          }
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      deleteRecursively(home);
    } catch (IOException | UncheckedIOException e) {
      // Left for mvn clean; the log beside it says what happened.
    }
  }

  private static void prepareHome(Path distribution, Path home, Path realm) throws IOException {
    deleteRecursively(home);
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("data/import"));
    // A copy, not a link: kc.sh takes its home from its own location.
    Files.copy(distribution.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"));
    for (String shared : SHARED) {
      Files.createSymbolicLink(home.resolve(shared), distribution.resolve(shared).toAbsolutePath());
    }
    Files.copy(
        realm, home.resolve("data/import/wams-realm.json"), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * kc.sh must run the way the build configured it, whatever the developer's shell holds: KC_*
   * options, JAVA_OPTS (replaces Keycloak's memory settings) or DEBUG (opens a debug port).
   */
  private static void cleanEnvironment(Map<String, String> environment) {
    environment
        .keySet()
        .removeIf(
            name ->
                name.startsWith("KC_")
                    || name.startsWith("KEYCLOAK_")
                    || name.startsWith("JAVA_OPTS")
                    || name.startsWith("DEBUG")
                    || name.equals("JAVA"));
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    // The master realm's temporary admin, local to this test instance: TestUsers creates users.
    environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
  }

  /** The master realm's admin of a test Keycloak (and of ./wams start's): local only. */
  static final String ADMIN_USER = "admin";

  static final String ADMIN_PASSWORD = "admin";

  private static FileLock lock(FileChannel channel, long deadline) throws IOException {
    while (true) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new IllegalStateException(
            "Another Keycloak start from the same distribution did not finish within "
                + START_TIMEOUT.toSeconds()
                + " s");
      }
      LockSupport.parkNanos(POLL_INTERVAL.toNanos());
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> last = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
      return "--- last %d lines of %s ---%n%s%n--- end ---"
          .formatted(last.size(), log, String.join(System.lineSeparator(), last));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  /** The Keycloak version the build unpacked (filtered into keycloak.properties). */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = TestKeycloak.class.getResourceAsStream("keycloak.properties")) {
      if (in == null) {
        throw new IllegalStateException("keycloak.properties is missing from wams-commons-test");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("keycloak.version");
  }

  /**
   * The repository root: {@code -Dwams.root}, else the nearest directory above the working
   * directory (the module, under Maven) that holds the realm file.
   */
  static Path repositoryRoot() {
    String configured = System.getProperty("wams.root");
    if (configured != null) {
      return Path.of(configured).toAbsolutePath();
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(REALM_FILE))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "No "
            + REALM_FILE
            + " in "
            + start
            + " or above; run the tests inside the Wams repository or set -Dwams.root");
  }

  /** The module's target directory under Maven, else a temporary directory. */
  private static Path workDirectory() throws IOException {
    Path target = Path.of("target").toAbsolutePath();
    return Files.isDirectory(target)
        ? Files.createDirectories(target.resolve("keycloak-test"))
        : Files.createTempDirectory("wams-keycloak-test");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // Files.walk does not follow the links into the shared distribution.
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
