package nl.wams.commons.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The outbox backlog as a metric: {@code wams_outbox_backlog} is the number of deliveries not yet
 * made, {@code wams_outbox_oldest_seconds} the age of the oldest. A growing backlog means a
 * subscriber is down or refusing; operations alert on it (docs/operations.md).
 */
@Singleton
public class OutboxMetrics {

  private final DataSource dataSource;

  OutboxMetrics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void register(@Observes StartupEvent start, MeterRegistry registry) {
    Gauge.builder("wams.outbox.backlog", this, m -> m.query("SELECT count(*)"))
        .description("Outbox deliveries not yet made")
        .register(registry);
    Gauge.builder(
            "wams.outbox.oldest.seconds",
            this,
            m -> m.query("SELECT coalesce(extract(epoch FROM now() - min(e.time)), 0)"))
        .description("Age of the oldest undelivered event")
        .baseUnit("seconds")
        .register(registry);
  }

  private double query(String select) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                select
                    + " FROM outbox_delivery d JOIN outbox_event e ON e.id = d.event_id"
                    + " WHERE d.delivered_at IS NULL")) {
      return row.next() ? row.getDouble(1) : Double.NaN;
    } catch (SQLException e) {
      // A scrape must not fail the service; an unknown value shows as a gap.
      return Double.NaN;
    }
  }
}
