package nl.wams.casusoverleg.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
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
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;

/**
 * The real onderzoek service for the scenario tests: its packaged application ({@code
 * services/onderzoek/target/quarkus-app/quarkus-run.jar}, built first by the reactor) started as a
 * child process on a free port, against the same embedded PostgreSQL (its own schema) and the same
 * Keycloak as casusoverleg. Ready when its {@code /q/health/ready} answers 200; stopped when the
 * test JVM ends. One per test JVM, whatever class loader asks (the URL lives in a system property).
 */
public class EchtOnderzoek implements QuarkusTestResourceLifecycleManager {

  private static final String URL_PROPERTY = "wams.test.onderzoek.url";
  private static final String LOCK = "nl.wams.casusoverleg.api.EchtOnderzoek";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
  private static final Path JAR = Path.of("../onderzoek/target/quarkus-app/quarkus-run.jar");

  @Override
  public Map<String, String> start() {
    return Map.of("wams.onderzoek.url", url() + "/onderzoek/v1");
  }

  @Override
  public void stop() {
    // One onderzoek for the whole test JVM; a shutdown hook stops it.
  }

  /** Scheme, host and port of the running onderzoek; the first call starts it. */
  static String url() {
    synchronized (LOCK) {
      String running = System.getProperty(URL_PROPERTY);
      if (running != null) {
        return running;
      }
      String url = launch();
      System.setProperty(URL_PROPERTY, url);
      return url;
    }
  }

  private static String launch() {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          "No packaged onderzoek at "
              + JAR.toAbsolutePath().normalize()
              + ". Build it first: ./mvnw -B -q -pl services/casusoverleg -am install -DskipTests");
    }
    Map<String, String> database = new PostgresTestResource().start();
    Map<String, String> keycloak = new KeycloakTestResource().start();
    try {
      int port = vrijePoort();
      String url = "http://localhost:" + port;
      Path log = Files.createDirectories(Path.of("target/onderzoek-test")).resolve("onderzoek.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-jar",
                  JAR.toAbsolutePath().normalize().toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
      env.put("WAMS_API_PUBLIC_URL", url);
      env.put("QUARKUS_DATASOURCE_JDBC_URL", database.get("quarkus.datasource.jdbc.url"));
      env.put("QUARKUS_DATASOURCE_USERNAME", database.get("quarkus.datasource.username"));
      env.put("QUARKUS_DATASOURCE_PASSWORD", database.get("quarkus.datasource.password"));
      env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.get("quarkus.oidc.auth-server-url"));
      // Onderzoek's event delivery is not part of these tests (the lead wires it separately).
      env.put("QUARKUS_SCHEDULER_ENABLED", "false");
      Process process = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "onderzoek-stop"));
      wachtTotGereed(process, URI.create(url + "/q/health/ready"), log);
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start onderzoek", e);
    }
  }

  private static void wachtTotGereed(Process process, URI probe, Path log) {
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
        throw new IllegalStateException("Interrupted while waiting for onderzoek", e);
      }
      if (!process.isAlive() || System.nanoTime() - deadline > 0) {
        stop(process);
        throw new IllegalStateException(
            "Onderzoek was not ready within %d s (%s).%n%s"
                .formatted(START_TIMEOUT.toSeconds(), probe, staart(log)));
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

  private static int vrijePoort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
