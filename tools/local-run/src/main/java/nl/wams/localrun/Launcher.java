package nl.wams.localrun;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Starts the local suite (PostgreSQL, every service, demo data) and stops it again. */
final class Launcher {
  static final int POSTGRES_PORT = 54329;

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final int LOG_TAIL_LINES = 40;

  private final Path root;
  private final Path home;
  private final List<Service> services;
  private final Console console;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  // Guarded by this: the shutdown hook may run stop() while start() is still under way.
  private final Map<Service, Process> processes = new LinkedHashMap<>();
  private Postgres postgres;
  private boolean running;
  private boolean stopping;

  Launcher(Path root, List<Service> services, Console console) {
    this.root = root;
    this.home = root.resolve(".wams");
    this.services = services;
    this.console = console;
  }

  void start(Options options) throws IOException, InterruptedException {
    long began = System.nanoTime();
    // Everything that can be checked is checked before anything is deleted or started.
    requirePortFree(POSTGRES_PORT, "PostgreSQL");
    for (Service service : services) {
      requirePortFree(service.port(), service.name());
      requireBuilt(service);
    }
    if (options.reset()) {
      deleteHome();
    }
    Path logs = Files.createDirectories(home.resolve("logs"));

    Path log = logs.resolve("postgres.log");
    console.info(
        "Starting PostgreSQL on port %d (data %s, log %s)",
        POSTGRES_PORT, shown(home.resolve("postgres")), shown(log));
    Postgres database = Postgres.start(home.resolve("postgres"), POSTGRES_PORT, log);
    synchronized (this) {
      postgres = database;
    }
    console.info("PostgreSQL %s ready, database %s", database.version(), Postgres.DATABASE);

    for (Service service : services) {
      startService(service, logs, database.jdbcUrl());
    }
    for (Service service : services) {
      awaitReady(service, logs);
    }
    console.info(
        "All services healthy in %s", Console.seconds(Duration.ofNanos(System.nanoTime() - began)));

    if (options.demo()) {
      loadDemo();
    }
    printAddresses(database);
    synchronized (this) {
      running = true;
    }
    console.info("Running. Press Ctrl-C to stop.");
  }

  synchronized boolean isStopping() {
    return stopping;
  }

  /** Stops everything in order, then ends the JVM (whose shutdown hooks find nothing left). */
  void stopAndExit(int status) {
    stop();
    System.exit(status);
  }

  /** Stops the services, then PostgreSQL. Returns at once when a stop already ran or runs. */
  void stop() {
    List<Map.Entry<Service, Process>> toStop;
    Postgres database;
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
      toStop = new ArrayList<>(processes.entrySet());
      database = postgres;
    }
    if (toStop.isEmpty() && database == null) {
      return;
    }
    try {
      for (var entry : toStop) {
        if (entry.getValue().isAlive()) {
          console.info("Stopping %s (pid %d)", entry.getKey().name(), entry.getValue().pid());
          entry.getValue().destroy();
        }
      }
      for (var entry : toStop) {
        awaitExit(entry.getKey(), entry.getValue());
      }
      if (database != null) {
        console.info("Stopping PostgreSQL");
        database.close();
      }
      console.info("Stopped");
    } catch (IOException e) {
      console.error("Could not stop PostgreSQL cleanly: %s", e.getMessage());
    }
  }

  private void awaitExit(Service service, Process process) {
    try {
      if (process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
      console.warn(
          "%s did not stop within %s; killing it", service.name(), Console.seconds(STOP_TIMEOUT));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
  }

  private void requirePortFree(int port, String user) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
    } catch (IOException nobodyListens) {
      return;
    }
    throw new LaunchException(
        "Port %d (%s) is already in use. Is another ./wams start still running? Stop it first."
            .formatted(port, user));
  }

  private void requireBuilt(Service service) {
    if (!Files.isRegularFile(service.jar(root))) {
      throw new LaunchException(
          "%s is missing. Build first: ./wams start (without --no-build), or ./mvnw -B package -DskipTests"
              .formatted(shown(service.jar(root))));
    }
  }

  private void deleteHome() throws IOException {
    if (!Files.exists(home)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(home)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
    console.info("Deleted %s (local database and logs)", shown(home));
  }

  private void startService(Service service, Path logs, String jdbcUrl) throws IOException {
    Path log = logs.resolve(service.name() + ".log");
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(
        JvmOptions.forService(root, service, home.resolve("aot"), Runtime.version().feature()));
    command.add("-jar");
    command.add(root.relativize(service.jar(root)).toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
    environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
    environment.put("QUARKUS_DATASOURCE_USERNAME", Postgres.USER);
    environment.put("QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD);
    Process process;
    synchronized (this) {
      if (stopping) {
        throw new LaunchException("stopped while starting");
      }
      process = builder.start();
      processes.put(service, process);
    }
    console.info("Starting %s on port %d (log %s)", service.name(), service.port(), shown(log));
    process.onExit().thenAccept(exited -> onExit(service, exited, log));
  }

  /** A service that exits while the suite runs takes the suite down: a half suite misleads. */
  private void onExit(Service service, Process process, Path log) {
    synchronized (this) {
      if (!running || stopping) {
        return;
      }
    }
    console.error(
        "%s exited unexpectedly (exit code %d).%n%s",
        service.name(), process.exitValue(), tail(log));
    stopAndExit(1);
  }

  private void awaitReady(Service service, Path logs) throws InterruptedException {
    Process process;
    synchronized (this) {
      process = processes.get(service);
    }
    try {
      new Readiness(http)
          .await(service.name(), service.readiness(), READY_TIMEOUT, process::isAlive);
    } catch (LaunchException e) {
      throw new LaunchException(
          e.getMessage() + "\n" + tail(logs.resolve(service.name() + ".log")));
    }
    console.info("%s ready", service.name());
  }

  private void loadDemo() throws IOException, InterruptedException {
    long began = System.nanoTime();
    MeldpuntDemo.Result meldpunt = new MeldpuntDemo(http, service("meldpunt").apiBase()).load();
    console.info(
        "Demo data: %d aanmeldingen in meldpunt, %d triaged (%d now, %d earlier) in %s",
        meldpunt.aanmeldingen(),
        meldpunt.triagedNow() + meldpunt.triagedEarlier(),
        meldpunt.triagedNow(),
        meldpunt.triagedEarlier(),
        Console.seconds(Duration.ofNanos(System.nanoTime() - began)));
  }

  private void printAddresses(Postgres database) {
    console.info("Addresses:");
    for (Service service : services) {
      for (Service.Link link : service.links()) {
        console.plain("  %-12s %-11s %s", service.name(), link.label(), link.uri());
      }
    }
    console.plain(
        "  %-12s %-11s %s  (user %s, password %s)",
        "postgres", "JDBC", database.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
  }

  private Service service(String name) {
    return services.stream()
        .filter(service -> service.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no service " + name + " in Service.ALL"));
  }

  private String tail(Path log) {
    try {
      List<String> lines =
          new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
      List<String> last = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
      return "--- last %d lines of %s ---%n%s%n--- end of %s ---"
          .formatted(
              last.size(), shown(log), String.join(System.lineSeparator(), last), shown(log));
    } catch (IOException e) {
      return "(no log at " + shown(log) + ")";
    }
  }

  /** Paths relative to the repository, as a developer types them. */
  private String shown(Path path) {
    return root.relativize(path).toString();
  }

  /** The JDK that runs the launcher runs the services too: ./wams already picked one >= 21. */
  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
