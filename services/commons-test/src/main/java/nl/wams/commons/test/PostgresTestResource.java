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
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  private static EmbeddedPostgres postgres;

  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestResource::shutdown));
    }
    return postgres;
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
        "quarkus.datasource.jdbc.url", postgres().getJdbcUrl("postgres", "postgres"),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  @Override
  public void stop() {
    // Shared by every test class in this JVM; stopped by the shutdown hook.
  }
}
