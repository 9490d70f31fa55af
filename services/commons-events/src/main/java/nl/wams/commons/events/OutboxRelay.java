package nl.wams.commons.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox events to their subscribers as structured CloudEvents, at least once: a
 * delivery counts only after a 2xx, and failures are retried with exponential back-off (up to 10
 * minutes). Rows are locked with SKIP LOCKED, so several replicas can relay side by side.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

  private final DataSource dataSource;
  private final ObjectMapper json;
  private final EventsConfig config;
  private final DienstToken tokens;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  OutboxRelay(DataSource dataSource, ObjectMapper json, EventsConfig config, DienstToken tokens) {
    this.dataSource = dataSource;
    this.json = json;
    this.config = config;
    this.tokens = tokens;
  }

  @Scheduled(
      every = "${wams.events.relay-interval:1s}",
      delayed = "${wams.events.relay-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void relay() {
    if (!config.subscribers().isEmpty()) {
      deliverDue();
    }
  }

  /** Delivers one batch of due events; returns how many were delivered. */
  @Transactional
  public int deliverDue() {
    int delivered = 0;
    try (Connection connection = dataSource.getConnection()) {
      for (Due due : due(connection)) {
        int status = send(due);
        mark(connection, due, status);
        if (status / 100 == 2) {
          delivered++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Outbox unavailable", e);
    }
    return delivered;
  }

  private record Due(
      UUID id,
      String subscriber,
      int attempts,
      String type,
      String subject,
      String time,
      String data) {}

  private List<Due> due(Connection connection) throws SQLException {
    List<Due> due = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT d.event_id, d.subscriber, d.attempts, e.type, e.subject, e.time, e.data"
                + " FROM outbox_delivery d JOIN outbox_event e ON e.id = d.event_id"
                + " WHERE d.delivered_at IS NULL AND d.next_attempt_at <= now()"
                + " ORDER BY e.time, e.id LIMIT ? FOR UPDATE OF d SKIP LOCKED")) {
      select.setInt(1, config.batchSize());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          due.add(
              new Due(
                  rows.getObject(1, UUID.class),
                  rows.getString(2),
                  rows.getInt(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getTimestamp(6).toInstant().toString(),
                  rows.getString(7)));
        }
      }
    }
    return due;
  }

  private int send(Due due) {
    EventsConfig.Subscriber subscriber = config.subscribers().get(due.subscriber());
    if (subscriber == null) {
      return 0;
    }
    try {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("specversion", "1.0");
      event.put("id", due.id().toString());
      event.put("source", config.source().toString());
      event.put("type", due.type());
      event.put("subject", due.subject());
      event.put("time", due.time());
      event.put("datacontenttype", "application/json");
      event.put("data", json.readTree(due.data()));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(subscriber.url())
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/cloudevents+json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(event)));
      if (tokens.beschikbaar()) {
        request.header("Authorization", tokens.bearer());
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | RuntimeException e) {
      LOG.warnf(
          "Event %s to %s not delivered: %s", due.id(), due.subscriber(), e.getClass().getName());
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static void mark(Connection connection, Due due, int status) throws SQLException {
    boolean delivered = status / 100 == 2;
    long backoffSeconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(due.attempts(), 20));
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE outbox_delivery SET attempts = attempts + 1, last_status = ?,"
                + " delivered_at = CASE WHEN ? THEN now() END,"
                + " next_attempt_at = now() + make_interval(secs => ?)"
                + " WHERE event_id = ? AND subscriber = ?")) {
      update.setInt(1, status);
      update.setBoolean(2, delivered);
      update.setLong(3, backoffSeconds);
      update.setObject(4, due.id());
      update.setString(5, due.subscriber());
      update.executeUpdate();
    }
  }
}
