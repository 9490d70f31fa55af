package nl.wams.commons.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Real PostgreSQL for service tests: started from the PostgreSQL binaries on the test classpath,
 * once per test JVM however many test classes use it, and stopped when the JVM ends. Each service
 * keeps its data in its own schema (set in its configuration), as in production.
 *
 * <p>Quarkus loads this class once per test application class loader, so the running server is
 * remembered in a system property (shared by the whole JVM), as {@code TestKeycloak} does.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  static final String URL_PROPERTY = "wams.test.postgres.jdbc-url";

  private static EmbeddedPostgres postgres;

  static synchronized String jdbcUrl() {
    String running = System.getProperty(URL_PROPERTY);
    if (running != null) {
      return running;
    }
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestResource::shutdown));
    String url = postgres.getJdbcUrl("postgres", "postgres");
    System.setProperty(URL_PROPERTY, url);
    return url;
  }

  private static synchronized void shutdown() {
    try {
      if (postgres != null) {
        postgres.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Map<String, String> start() {
    return Map.of(
        "quarkus.datasource.jdbc.url", jdbcUrl(),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  @Override
  public void stop() {
    // Shared by every test class in this JVM; stopped by the shutdown hook.
  }
}
