package nl.wams.localrun;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
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

/** Starts the local suite (PostgreSQL, Keycloak, every service, demo data) and stops it again. */
final class Launcher {
  static final int POSTGRES_PORT = 54329;

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  /** Keycloak's start-dev takes 10-60 s on two cores; its first run after a build takes longest. */
  static final Duration KEYCLOAK_READY_TIMEOUT = Duration.ofSeconds(240);

  /**
   * The request the printed token example makes: service, path, test user, processing activity (the
   * gateway's purpose header; empty when calling a service directly). The first one whose service
   * runs is printed.
   */
  private static final List<List<String>> TOKEN_EXAMPLES =
      List.of(
          List.of("gateway", "/aanmeldingen?pageSize=2", "meldpunt-ams", "aanmelding-behandelen"),
          List.of("meldpunt", "/aanmeldingen?pageSize=2", "meldpunt-ams", ""));

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
  private Keycloak keycloak;
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
    requirePortFree(Keycloak.PORT, "Keycloak");
    requirePortFree(Keycloak.MANAGEMENT_PORT, "Keycloak management");
    for (Service service : services) {
      requirePortFree(service.port(), service.name());
      requireBuilt(service);
    }
    requireKeycloak();
    if (options.reset()) {
      deleteHome();
    }
    Path logs = Files.createDirectories(home.resolve("logs"));

    // Keycloak takes longest: it starts first and PostgreSQL starts while it does.
    Keycloak identity = startKeycloak(logs);
    Path log = logs.resolve("postgres.log");
    console.info(
        "Starting PostgreSQL on port %d (data %s, log %s)",
        POSTGRES_PORT, shown(home.resolve("postgres")), shown(log));
    Postgres database = Postgres.start(home.resolve("postgres"), POSTGRES_PORT, log);
    synchronized (this) {
      postgres = database;
    }
    console.info("PostgreSQL %s ready, database %s", database.version(), Postgres.DATABASE);
    awaitKeycloak(identity, logs);

    for (Service service : services) {
      startService(service, logs, database.jdbcUrl(), identity.realmUrl().toString());
    }
    for (Service service : services) {
      awaitReady(service, logs);
    }
    console.info(
        "All services healthy in %s", Console.seconds(Duration.ofNanos(System.nanoTime() - began)));

    if (options.demo()) {
      loadDemo(identity);
    }
    printAddresses(database, identity);
    printTokenExample(identity);
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

  /**
   * Stops the services, then Keycloak, then PostgreSQL. Returns at once when a stop already ran or
   * runs.
   */
  void stop() {
    List<Map.Entry<Service, Process>> toStop;
    Postgres database;
    Keycloak identity;
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
      toStop = new ArrayList<>(processes.entrySet());
      database = postgres;
      identity = keycloak;
    }
    if (toStop.isEmpty() && database == null && identity == null) {
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
      if (identity != null && identity.process().isAlive()) {
        console.info("Stopping Keycloak (pid %d)", identity.process().pid());
      }
      if (identity != null) {
        identity.stop();
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

  private void requireKeycloak() {
    if (!Files.isRegularFile(Keycloak.distribution(root).resolve("bin/kc.sh"))) {
      throw new LaunchException(
          "%s (Keycloak) is missing. Build first: ./wams start (without --no-build), or ./mvnw -B package -DskipTests"
              .formatted(shown(Keycloak.distribution(root))));
    }
    if (!Files.isRegularFile(root.resolve(Keycloak.REALM_FILE))) {
      throw new LaunchException(Keycloak.REALM_FILE + " (the realm wams) is missing");
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
    console.info("Deleted %s (local database, Keycloak data and logs)", shown(home));
  }

  private Keycloak startKeycloak(Path logs) throws IOException {
    Path log = logs.resolve("keycloak.log");
    Path data = home.resolve("keycloak");
    console.info(
        "Starting Keycloak %s on port %d (realm %s from %s, data %s, log %s)",
        Keycloak.version(),
        Keycloak.PORT,
        Keycloak.REALM,
        Keycloak.REALM_FILE,
        shown(data),
        shown(log));
    Keycloak started =
        Keycloak.start(
            root, data, Keycloak.PORT, Keycloak.MANAGEMENT_PORT, log, KEYCLOAK_READY_TIMEOUT);
    synchronized (this) {
      keycloak = started;
      if (stopping) {
        started.stop();
        throw new LaunchException("stopped while starting");
      }
    }
    if (started.imports() == Keycloak.Import.CHANGED) {
      console.info(
          "%s changed since Keycloak imported it (or that import did not finish): importing it again (Keycloak's data reset, the database kept)",
          Keycloak.REALM_FILE);
    }
    started.process().onExit().thenAccept(exited -> onExit("Keycloak", exited, log));
    return started;
  }

  private void awaitKeycloak(Keycloak identity, Path logs) throws InterruptedException {
    Path log = logs.resolve("keycloak.log");
    try {
      identity.awaitReady(new Readiness(http), KEYCLOAK_READY_TIMEOUT);
    } catch (LaunchException e) {
      throw new LaunchException(e.getMessage() + "\n" + tail(log));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        identity.imports() == Keycloak.Import.NONE
            ? "realm " + Keycloak.REALM + " as imported earlier"
            : "realm " + Keycloak.REALM + " imported");
    if (logContains(log, "Updating the configuration")) {
      notes.add("first run of this distribution: it built itself first");
    }
    console.info(
        "Keycloak ready in %s (%s)",
        Console.seconds(identity.sinceStart()), String.join("; ", notes));
  }

  private static boolean logContains(Path log, String text) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private void startService(Service service, Path logs, String jdbcUrl, String oidcServer)
      throws IOException {
    Path log = logs.resolve(service.name() + ".log");
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(
        JvmOptions.forService(
            root,
            service,
            JvmOptions.aotCacheWanted(System.getenv()) ? home.resolve("aot") : null,
            Runtime.version().feature()));
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
    environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcServer);
    if (service.equals(Service.GATEWAY)) {
      // The key that pseudonymises BSNs in the Logboek: a well-known one for local demo data only.
      environment.putIfAbsent("WAMS_LOGBOEK_HMAC_KEY", "local-run-only-wams-logboek-key");
    }
    // Readable logs locally; production logs JSON (commons-observability, prod profile).
    environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
    Process process;
    synchronized (this) {
      if (stopping) {
        throw new LaunchException("stopped while starting");
      }
      process = builder.start();
      processes.put(service, process);
    }
    console.info("Starting %s on port %d (log %s)", service.name(), service.port(), shown(log));
    process.onExit().thenAccept(exited -> onExit(service.name(), exited, log));
  }

  /**
   * A service (or Keycloak) that exits while the suite runs takes the suite down: a half suite
   * misleads.
   */
  private void onExit(String name, Process process, Path log) {
    synchronized (this) {
      if (!running || stopping) {
        return;
      }
    }
    console.error(
        "%s exited unexpectedly (exit code %d).%n%s", name, process.exitValue(), tail(log));
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

  private void loadDemo(Keycloak identity) throws IOException, InterruptedException {
    long began = System.nanoTime();
    DemoTokens tokens = new DemoTokens(http, identity.tokenEndpoint());
    MeldpuntDemo.Result meldpunt =
        new MeldpuntDemo(http, service("meldpunt").apiBase(), tokens::accessToken).load();
    console.info(
        "Demo data: %d aanmeldingen in meldpunt, %d triaged (%d now, %d earlier) in %s",
        meldpunt.aanmeldingen(),
        meldpunt.triagedNow() + meldpunt.triagedEarlier(),
        meldpunt.triagedNow(),
        meldpunt.triagedEarlier(),
        Console.seconds(Duration.ofNanos(System.nanoTime() - began)));
    OnderzoekDemo.Result onderzoek =
        new OnderzoekDemo(http, service("onderzoek").apiBase(), tokens::accessToken).load();
    console.info(
        "Demo data: %d procedures in onderzoek (%d built now), one in each state",
        onderzoek.procedures().size(), onderzoek.builtNow());
    CasusoverlegDemo.Result casusoverleg =
        new CasusoverlegDemo(
                http,
                service("casusoverleg").apiBase(),
                tokens::accessToken,
                onderzoek.procedures())
            .load();
    console.info(
        "Demo data: %d overleggen in casusoverleg (%d built now), identified and anonymous",
        casusoverleg.overleggen(), casusoverleg.builtNow());
    VerslagDemo.Result verslag =
        new VerslagDemo(http, service("verslag").apiBase(), tokens::accessToken)
            .load(casusoverleg.gehouden());
    console.info(
        "Demo data: %d adopted and distributed reports in verslag (%d built now)",
        verslag.verslagen(), verslag.builtNow());
  }

  private void printAddresses(Postgres database, Keycloak identity) {
    console.info("Addresses:");
    for (Service service : services) {
      for (Service.Link link : service.links()) {
        console.plain("  %-12s %-11s %s", service.name(), link.label(), link.uri());
      }
    }
    console.plain("  %-12s %-11s %s", "keycloak", "Realm", identity.realmUrl());
    console.plain(
        "  %-12s %-11s %s  (user %s, password %s)",
        "keycloak", "Admin", identity.adminConsole(), Keycloak.ADMIN_USER, Keycloak.ADMIN_PASSWORD);
    console.plain("  %-12s %-11s %s", "keycloak", "Health", identity.readinessProbe());
    console.plain(
        "  %-12s %-11s %s  (user %s, password %s)",
        "postgres", "JDBC", database.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
  }

  /**
   * How to call an API as a test user: ready to paste. Every test user's password is its username
   * (local only); docs/keycloak.md lists them.
   */
  private void printTokenExample(Keycloak identity) {
    List<String> example = null;
    for (List<String> candidate : TOKEN_EXAMPLES) {
      for (Service service : services) {
        if (example == null && service.name().equals(candidate.get(0))) {
          example =
              Keycloak.tokenExample(
                  identity.tokenEndpoint(),
                  candidate.get(2),
                  URI.create(service.apiBase() + candidate.get(1)),
                  Keycloak.hasJq(),
                  candidate.get(3).isEmpty() ? null : candidate.get(3));
        }
      }
    }
    if (example == null) {
      return;
    }
    console.info(
        "Tokens: a test user per role, password = username (local only; docs/keycloak.md), e.g.");
    for (String line : example) {
      console.plain("  %s", line);
    }
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
