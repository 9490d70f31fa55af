package nl.wams.commons.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Another Wams service, for real, in a test: its packaged application ({@code
 * services/<name>/target/quarkus-app/quarkus-run.jar}, or {@code gateway/target/...} for the
 * gateway; built earlier by the reactor) started as a child process on a free port, against the
 * test JVM's embedded PostgreSQL (its own schema) and Keycloak. Ready when {@code /q/health/ready}
 * answers 200; stopped when the test JVM ends. One per service per test JVM, whatever class loader
 * asks (the URL lives in a system property).
 */
public final class EchteDienst {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

  /** A string literal is one object in the whole JVM, across Quarkus class loaders. */
  private static final String LOCK = "nl.wams.commons.test.EchteDienst";

  private EchteDienst() {}

  /**
   * Scheme, host and port of the running service (e.g. {@code onderzoek}); the first call starts it
   * with these extra environment variables (e.g. where it finds another service). Its scheduler is
   * off: event delivery is not part of such tests unless they drive it themselves.
   */
  public static String url(String dienst, Map<String, String> extraOmgeving) {
    return url(dienst, dienst.equals("gateway") ? "gateway" : "services/" + dienst, extraOmgeving);
  }

  /**
   * The same for an application outside {@code services/}, e.g. {@code url("gateway", "gateway",
   * ...)}. It listens on {@link #vastePoort(String) vastePoort(dienst)}, so that services that need
   * each other's address can be told it before either starts.
   */
  public static String url(String dienst, String module, Map<String, String> extraOmgeving) {
    synchronized (LOCK) {
      String property = "wams.test." + dienst + ".url";
      String running = System.getProperty(property);
      if (running != null) {
        return running;
      }
      String url = start(dienst, module, extraOmgeving);
      System.setProperty(property, url);
      return url;
    }
  }

  /** A free port on the loopback interface, the same one for the same name in this JVM. */
  public static int vastePoort(String naam) {
    synchronized (LOCK) {
      String property = "wams.test.port." + naam;
      String gekozen = System.getProperty(property);
      if (gekozen == null) {
        gekozen = String.valueOf(vrijePoort());
        System.setProperty(property, gekozen);
      }
      return Integer.parseInt(gekozen);
    }
  }

  private static String start(String dienst, String module, Map<String, String> extraOmgeving) {
    Path jar =
        TestKeycloak.repositoryRoot().resolve(module + "/target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "No packaged %s at %s. Build it first: ./mvnw -B -q -pl services/%s -am install -DskipTests"
              .formatted(dienst, jar, module));
    }
    Map<String, String> database = new PostgresTestResource().start();
    Map<String, String> keycloak = new KeycloakTestResource().start();
    try {
      // A fixed port: QUARKUS_HTTP_PORT in the extra environment when the caller chose one, else
      // vastePoort(dienst), so that services that need each other's address know it beforehand.
      int port =
          extraOmgeving.containsKey("QUARKUS_HTTP_PORT")
              ? Integer.parseInt(extraOmgeving.get("QUARKUS_HTTP_PORT"))
              : vastePoort(dienst);
      String url = "http://localhost:" + port;
      Path log =
          Files.createDirectories(Path.of("target/" + dienst + "-test")).resolve(dienst + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-jar",
                  jar.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
      env.put("WAMS_API_PUBLIC_URL", url);
      env.put("QUARKUS_DATASOURCE_JDBC_URL", database.get("quarkus.datasource.jdbc.url"));
      env.put("QUARKUS_DATASOURCE_USERNAME", database.get("quarkus.datasource.username"));
      env.put("QUARKUS_DATASOURCE_PASSWORD", database.get("quarkus.datasource.password"));
      env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.get("quarkus.oidc.auth-server-url"));
      env.put("QUARKUS_SCHEDULER_ENABLED", "false");
      env.putAll(extraOmgeving);
      Process process = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), dienst + "-stop"));
      wachtTotGereed(dienst, process, URI.create(url + "/q/health/ready"), log);
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + dienst, e);
    }
  }

  private static void wachtTotGereed(String dienst, Process process, URI probe, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      try {
        if (http.send(request, BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException nogNietBereikbaar) {
        // keep polling until the deadline
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + dienst, e);
      }
      if (!process.isAlive() || System.nanoTime() - deadline > 0) {
        stop(process);
        throw new IllegalStateException(
            "%s was not ready within %d s (%s).%n%s"
                .formatted(dienst, START_TIMEOUT.toSeconds(), probe, staart(log)));
      }
      LockSupport.parkNanos(POLL_INTERVAL.toNanos());
    }
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String staart(Path log) {
    try {
      List<String> regels = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join(
          System.lineSeparator(), regels.subList(Math.max(0, regels.size() - 40), regels.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  private static int vrijePoort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
