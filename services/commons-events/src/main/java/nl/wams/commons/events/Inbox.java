package nl.wams.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Makes a consumer idempotent: an event (by source and id) is handled once, in the same transaction
 * as its effect; a redelivery of an event already handled is acknowledged and does nothing.
 */
@ApplicationScoped
public class Inbox {

  private final DataSource dataSource;

  Inbox(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs the handler unless this event was handled before; true when it ran. */
  @Transactional
  public boolean once(String source, String id, Runnable handler) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO inbox_event (source, id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      insert.setString(1, source);
      insert.setString(2, id);
      if (insert.executeUpdate() == 0) {
        return false;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Inbox unavailable", e);
    }
    handler.run();
    return true;
  }
}
