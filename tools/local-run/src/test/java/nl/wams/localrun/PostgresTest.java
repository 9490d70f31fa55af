package nl.wams.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresTest {

  @TempDir Path home;

  @Test
  void dataSurviveARestartOnTheSameDataDirectory() throws Exception {
    int port = freePort();
    Path data = home.resolve("postgres");
    Path log = Files.createDirectories(home.resolve("logs")).resolve("postgres.log");

    try (Postgres first = Postgres.start(data, port, log)) {
      assertEquals("jdbc:postgresql://localhost:" + port + "/wams", first.jdbcUrl());
      assertTrue(first.version().startsWith("18"), first.version());
      try (Connection connection = connect(first);
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE proef (id int PRIMARY KEY)");
        statement.execute("INSERT INTO proef VALUES (42)");
      }
    }

    try (Postgres second = Postgres.start(data, port, log);
        Connection connection = connect(second);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM proef")) {
      assertTrue(rows.next());
      assertEquals(42, rows.getInt(1));
    }
  }

  @Test
  void commitsAreFlushedToDiskBeforeTheyAreAcknowledged() throws Exception {
    Path log = Files.createDirectories(home.resolve("logs")).resolve("postgres.log");
    try (Postgres postgres = Postgres.start(home.resolve("postgres"), freePort(), log);
        Connection connection = connect(postgres);
        Statement statement = connection.createStatement();
        ResultSet setting = statement.executeQuery("SHOW synchronous_commit")) {
      assertTrue(setting.next());
      assertEquals("on", setting.getString(1));
    }
  }

  private static Connection connect(Postgres postgres) throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
