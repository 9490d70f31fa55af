package nl.wams.commons.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes a thin change event in the transaction of the change itself, so an event exists exactly
 * when the change committed. Events name the changed resource by URL and carry no personal data;
 * receivers fetch what they need from the source.
 */
@ApplicationScoped
public class Outbox {

  private final DataSource dataSource;
  private final ObjectMapper json;
  private final EventsConfig config;

  Outbox(DataSource dataSource, ObjectMapper json, EventsConfig config) {
    this.dataSource = dataSource;
    this.json = json;
    this.config = config;
  }

  /**
   * @param type e.g. {@code nl.wams.onderzoek.conclusie-vastgesteld}
   * @param subject the URL of the changed resource
   * @param data process facts only (codes, outcomes), never personal data
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID publish(String type, URI subject, Map<String, Object> data) {
    UUID id = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement event =
          connection.prepareStatement(
              "INSERT INTO outbox_event (id, type, subject, time, data) VALUES (?, ?, ?, ?, ?)")) {
        event.setObject(1, id);
        event.setString(2, type);
        event.setString(3, subject.toString());
        event.setTimestamp(4, Timestamp.from(Instant.now()));
        event.setString(5, json.writeValueAsString(data));
        event.executeUpdate();
      }
      try (PreparedStatement delivery =
          connection.prepareStatement(
              "INSERT INTO outbox_delivery (event_id, subscriber) VALUES (?, ?)")) {
        for (var subscriber : config.subscribers().entrySet()) {
          if (subscriber.getValue().types().contains(type)) {
            delivery.setObject(1, id);
            delivery.setString(2, subscriber.getKey());
            delivery.addBatch();
          }
        }
        delivery.executeBatch();
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot write event to the outbox", e);
    }
    return id;
  }
}
