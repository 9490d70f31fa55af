package nl.wams.onderzoek.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reactive pool logs in the way production databases ask it to: with a password under
 * SCRAM-SHA-256 (the embedded test server trusts local connections, so this test makes one role
 * that it does not trust).
 */
class LeespoolScramTest {

  private static final String ROL = "wams_leespool_scram";
  private static final String WACHTWOORD = "scram-alleen-voor-deze-test";

  private static String jdbcUrl;
  private static Vertx vertx;

  @BeforeAll
  static void eenRolMetScram() throws Exception {
    Map<String, String> database = new PostgresTestResource().start();
    jdbcUrl = database.get("quarkus.datasource.jdbc.url");
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("SET password_encryption = 'scram-sha-256'");
      s.execute(
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
              + ROL
              + "') THEN CREATE ROLE "
              + ROL
              + " LOGIN; END IF; END $$");
      s.execute("ALTER ROLE " + ROL + " PASSWORD '" + WACHTWOORD + "'");
      Path hba;
      try (ResultSet r = s.executeQuery("SHOW hba_file")) {
        r.next();
        hba = Path.of(r.getString(1));
      }
      String regels =
          "host all "
              + ROL
              + " 127.0.0.1/32 scram-sha-256\nhost all "
              + ROL
              + " ::1/128 scram-sha-256\n";
      String nu = Files.readString(hba);
      if (!nu.startsWith(regels)) {
        Files.writeString(hba, regels + nu);
      }
      s.execute("SELECT pg_reload_conf()");
    }
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void sluit() {
    vertx.close();
  }

  @Test
  void theRightPasswordLogsInUnderScram() throws Exception {
    Leespool leespool =
        new Leespool(
            vertx, jdbcUrl, Optional.of(ROL), Optional.of(WACHTWOORD), Optional.empty(), 1);
    try {
      Row rij =
          leespool
              .pool()
              .query("SELECT current_user")
              .execute()
              .toCompletionStage()
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS)
              .iterator()
              .next();
      assertThat(rij.getString(0)).isEqualTo(ROL);
    } finally {
      leespool.sluit();
    }
  }

  @Test
  void aWrongPasswordDoesNot() {
    Leespool leespool =
        new Leespool(vertx, jdbcUrl, Optional.of(ROL), Optional.of("fout"), Optional.empty(), 1);
    try {
      assertThatThrownBy(
              () ->
                  leespool
                      .pool()
                      .query("SELECT 1")
                      .execute()
                      .toCompletionStage()
                      .toCompletableFuture()
                      .get(10, TimeUnit.SECONDS))
          .hasMessageContaining("password authentication failed");
    } finally {
      leespool.sluit();
    }
  }
}
