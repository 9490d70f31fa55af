package nl.wams.gateway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The gateway's Logboek schema in the test JVM's embedded PostgreSQL, read as the superuser. */
final class LogboekDatabase {

  private LogboekDatabase() {}

  static Connection connect() throws SQLException {
    String url = System.getProperty("wams.test.postgres.jdbc-url");
    Connection c =
        DriverManager.getConnection(
            url + (url.contains("?") ? "&" : "?") + "currentSchema=logboek",
            "postgres",
            "postgres");
    c.setAutoCommit(true);
    return c;
  }

  /** Rows of a query, each column by name. */
  static List<Map<String, Object>> rows(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
            Object value = r.getObject(i);
            if (value instanceof java.sql.Array array) {
              value = List.of((Object[]) array.getArray());
            } else if (value instanceof String text) {
              value = text.strip();
            }
            row.put(r.getMetaData().getColumnName(i), value);
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void execute(String... statements) throws SQLException {
    try (Connection c = connect();
        var s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
