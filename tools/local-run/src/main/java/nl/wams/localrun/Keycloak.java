package nl.wams.localrun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Keycloak for the local suite: {@code kc.sh start-dev} from the distribution the build unpacked to
 * {@code target/keycloak/}, with the realm of {@code docker/keycloak/wams-realm.json} imported and
 * its data in a home of its own ({@code .wams/keycloak}) that survives restarts. The home holds a
 * copy of kc.sh (which takes its home from its own location), links to the distribution's lib,
 * conf, providers and themes, and {@code data/} (the dev-file database, the realm to import).
 *
 * <p>Keycloak imports a realm only when it does not exist yet, so an edited realm file would be
 * ignored: the home remembers the hash of the file it imported, and a changed file wipes Keycloak's
 * data (never PostgreSQL's) for a fresh import.
 */
final class Keycloak {
  static final int PORT = 8180;

  /** Health and metrics; clear of the service ports 8080-8086, 8180 and PostgreSQL's 54329. */
  static final int MANAGEMENT_PORT = 9180;

  static final String REALM = "wams";
  static final String REALM_FILE = "docker/keycloak/wams-realm.json";

  /** The temporary admin of the master realm, created on the first start: local only. */
  static final String ADMIN_USER = "admin";

  static final String ADMIN_PASSWORD = "admin";

  /** What this start does with the realm file. */
  enum Import {
    /** No Keycloak data yet (first start, after --reset): imports the realm. */
    NEW,
    /**
     * The realm file changed (or its import did not finish): Keycloak's data wiped, imports again.
     */
    CHANGED,
    /** Keeps the realm imported earlier, with any change made in the admin console. */
    NONE
  }

  private static final List<String> SHARED = List.of("lib", "conf", "providers", "themes");
  private static final String REALM_HASH = "imported-realm.sha256";
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration LOCK_POLL = Duration.ofMillis(200);

  private final Process process;
  private final int port;
  private final int managementPort;
  private final Path home;
  private final String realmHash;
  private final Import imports;
  private final long startedAt;
  private FileLock startLock;

  private Keycloak(
      Process process,
      int port,
      int managementPort,
      Path home,
      String realmHash,
      Import imports,
      FileLock startLock) {
    this.process = process;
    this.port = port;
    this.managementPort = managementPort;
    this.home = home;
    this.realmHash = realmHash;
    this.imports = imports;
    this.startLock = startLock;
    this.startedAt = System.nanoTime();
  }

  /** The Keycloak version the build unpacked (filtered into keycloak.properties). */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Keycloak.class.getResourceAsStream("keycloak.properties")) {
      if (in == null) {
        throw new IllegalStateException("keycloak.properties is missing from the launcher");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("keycloak.version");
  }

  /** Where the build of tools/local-run (or services/commons-test) unpacks the distribution. */
  static Path distribution(Path root) {
    return root.resolve("target/keycloak/keycloak-" + version());
  }

  /**
   * Starts Keycloak without waiting for it; {@link #awaitReady} waits. Starts from the same
   * distribution are taken one at a time (the first start-dev of a distribution builds it), so this
   * may wait for a test's Keycloak to be ready first, at most {@code lockTimeout}.
   */
  static Keycloak start(
      Path root, Path home, int port, int managementPort, Path log, Duration lockTimeout)
      throws IOException {
    Path distribution = distribution(root);
    Path realm = root.resolve(REALM_FILE);
    String hash = sha256(realm);
    Import imports = prepareHome(distribution, home, realm, hash);
    FileLock lock = lock(distribution.resolveSibling(".start.lock"), lockTimeout);
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
    Map<String, String> environment = builder.environment();
    cleanEnvironment(environment);
    environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    try {
      return new Keycloak(builder.start(), port, managementPort, home, hash, imports, lock);
    } catch (IOException | RuntimeException e) {
      lock.release();
      lock.channel().close();
      throw e;
    }
  }

  /**
   * Waits until the management port reports ready, then records the realm file as imported.
   *
   * @throws LaunchException when Keycloak exits first or is not ready in time
   */
  void awaitReady(Readiness readiness, Duration timeout) throws InterruptedException {
    try {
      readiness.await("Keycloak", readinessProbe(), timeout, process::isAlive);
      if (imports != Import.NONE) {
        Files.writeString(home.resolve(REALM_HASH), realmHash + System.lineSeparator());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      releaseStartLock();
    }
  }

  /** Time from the start of kc.sh until now. */
  Duration sinceStart() {
    return Duration.ofNanos(System.nanoTime() - startedAt);
  }

  Import imports() {
    return imports;
  }

  Process process() {
    return process;
  }

  /** {@code http://localhost:8180/realms/wams}: issuer of the tokens, the OIDC auth-server-url. */
  URI realmUrl() {
    return URI.create("http://localhost:" + port + "/realms/" + REALM);
  }

  URI tokenEndpoint() {
    return URI.create(realmUrl() + "/protocol/openid-connect/token");
  }

  URI adminConsole() {
    return URI.create("http://localhost:" + port + "/admin/master/console/#/" + REALM);
  }

  URI readinessProbe() {
    return URI.create("http://localhost:" + managementPort + "/health/ready");
  }

  /** SIGTERM to kc.sh (which passes it on to Keycloak), a kill after 20 s. */
  void stop() {
    releaseStartLock();
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : process.descendants().toList()) {
      child.destroyForcibly();
    }
    process.destroyForcibly();
  }

  private synchronized void releaseStartLock() {
    if (startLock == null) {
      return;
    }
    try {
      startLock.release();
      startLock.channel().close();
    } catch (IOException ignored) {
      // The lock goes with the channel; nothing else to do.
    }
    startLock = null;
  }

  /**
   * Lays out the home; returns whether Keycloak will import the realm, after wiping data that came
   * from another version of the realm file.
   */
  static Import prepareHome(Path distribution, Path home, Path realm, String hash)
      throws IOException {
    Path data = home.resolve("data");
    Path imported = home.resolve(REALM_HASH);
    boolean hasData = Files.isDirectory(data.resolve("h2"));
    boolean sameRealm =
        Files.isRegularFile(imported) && Files.readString(imported).strip().equals(hash);
    Import result = !hasData ? Import.NEW : sameRealm ? Import.NONE : Import.CHANGED;
    if (result == Import.CHANGED) {
      deleteRecursively(data);
      Files.deleteIfExists(imported);
    }
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(data.resolve("import"));
    Files.copy(
        distribution.resolve("bin/kc.sh"),
        home.resolve("bin/kc.sh"),
        StandardCopyOption.REPLACE_EXISTING);
    for (String shared : SHARED) {
      Path link = home.resolve(shared);
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, distribution.resolve(shared).toAbsolutePath());
    }
    Files.copy(
        realm,
        data.resolve("import/" + REALM + "-realm.json"),
        StandardCopyOption.REPLACE_EXISTING);
    return result;
  }

  /**
   * kc.sh must run as configured here, whatever the developer's shell holds: KC_* options,
   * JAVA_OPTS (replaces Keycloak's memory settings) or DEBUG (opens a debug port). The JDK is the
   * launcher's.
   */
  static void cleanEnvironment(Map<String, String> environment) {
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
  }

  private static FileLock lock(Path file, Duration timeout) throws IOException {
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          return lock;
        }
        if (System.nanoTime() - deadline >= 0) {
          throw new LaunchException(
              "Another Keycloak (a test?) is starting from the same distribution and was not ready"
                  + " within "
                  + Console.seconds(timeout));
        }
        LockSupport.parkNanos(LOCK_POLL.toNanos());
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The test user's password grant, printed for developers: needs only curl (and jq if there). */
  static List<String> tokenExample(URI tokenEndpoint, String user, URI request, boolean jq) {
    return tokenExample(tokenEndpoint, user, request, jq, null);
  }

  /** The same, through the gateway: the request names its processing activity (purpose). */
  static List<String> tokenExample(
      URI tokenEndpoint, String user, URI request, boolean jq, String verwerkingsactiviteit) {
    String extract =
        jq ? "jq -r .access_token" : "sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/'";
    return List.of(
        "U=" + user,
        "TOKEN=$(curl -s -d client_id=wams-demo -d grant_type=password -d username=$U -d"
            + " password=$U "
            + tokenEndpoint
            + " | "
            + extract
            + ")",
        "curl -s -H \"Authorization: Bearer $TOKEN\" "
            + (verwerkingsactiviteit == null
                ? ""
                : "-H 'Wams-Verwerkingsactiviteit: " + verwerkingsactiviteit + "' ")
            + "'"
            + request
            + "'");
  }

  /** Whether jq is on the PATH. */
  static boolean hasJq() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "jq"))) {
        return true;
      }
    }
    return false;
  }
}
