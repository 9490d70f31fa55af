package nl.wams.localrun;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Embedded PostgreSQL (real binaries from Maven Central) with a data directory that persists. */
final class Postgres implements AutoCloseable {
  static final String DATABASE = "wams";

  /**
   * The superuser zonky's initdb creates; local auth is `trust`, so the password is a formality.
   */
  static final String USER = "postgres";

  static final String PASSWORD = "postgres";

  private final EmbeddedPostgres server;
  private final String version;

  private Postgres(EmbeddedPostgres server, String version) {
    this.server = server;
    this.version = version;
  }

  /**
   * Starts PostgreSQL on {@code dataDirectory} (initdb only when it is empty) and creates the Wams
   * database if it is missing.
   */
  static Postgres start(Path dataDirectory, int port, Path log) throws IOException {
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(port)
            // PostgreSQL's own default, which the embedded builder turns off: a COMMIT the suite
            // acknowledges is on disk, as it is on a production server.
            .setServerConfig("synchronous_commit", "on")
            .setPGStartupWait(Duration.ofSeconds(30))
            .setOutputRedirector(Redirect.appendTo(log.toFile()))
            .setErrorRedirector(Redirect.appendTo(log.toFile()))
            .start();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet exists =
          statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (!exists.next()) {
          statement.execute("CREATE DATABASE " + DATABASE);
        }
      }
      try (ResultSet result = statement.executeQuery("SHOW server_version")) {
        result.next();
        return new Postgres(server, result.getString(1));
      }
    } catch (SQLException e) {
      server.close();
      throw new IOException("PostgreSQL started but the database could not be prepared", e);
    }
  }

  String version() {
    return version;
  }

  int port() {
    return server.getPort();
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
