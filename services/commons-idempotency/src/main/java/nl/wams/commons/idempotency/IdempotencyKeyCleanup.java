package nl.wams.commons.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forgets Idempotency-Keys after their retention ({@code wams.idempotency.retention}, default 24
 * hours, as the IETF Idempotency-Key draft suggests): a retry after that creates anew. Runs every
 * {@code wams.idempotency.cleanup-interval} (default 15 minutes) in small batches, so a large
 * backlog never holds long locks; safe with several replicas (a row is deleted once, whoever runs).
 */
@ApplicationScoped
public class IdempotencyKeyCleanup {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeyCleanup.class);
  private static final int BATCH = 1000;

  private final DataSource dataSource;
  private final Duration retention;
  private final Clock clock;

  @Inject
  IdempotencyKeyCleanup(
      DataSource dataSource,
      @ConfigProperty(name = "wams.idempotency.retention", defaultValue = "24H")
          Duration retention) {
    this(dataSource, retention, Clock.systemUTC());
  }

  IdempotencyKeyCleanup(DataSource dataSource, Duration retention, Clock clock) {
    this.dataSource = dataSource;
    this.retention = retention;
    this.clock = clock;
  }

  @Scheduled(
      identity = "wams-idempotency-cleanup",
      every = "${wams.idempotency.cleanup-interval:15M}",
      delayed = "1M",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      int removed = removeExpired();
      if (removed > 0) {
        LOG.debugf("Forgot %d expired Idempotency-Keys", removed);
      }
    } catch (SQLException e) {
      LOG.warnf("Could not clean up expired Idempotency-Keys: %s", e.getMessage());
    }
  }

  /**
   * Deletes every key older than the retention, in batches.
   *
   * @return how many keys were forgotten
   */
  public int removeExpired() throws SQLException {
    Timestamp cutoff = Timestamp.from(Instant.now(clock).minus(retention));
    int total = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM idempotency_key WHERE ctid IN (SELECT ctid FROM idempotency_key"
                    + " WHERE created_at < ? LIMIT "
                    + BATCH
                    + " FOR UPDATE SKIP LOCKED)")) {
      c.setAutoCommit(true);
      int n;
      do {
        delete.setTimestamp(1, cutoff);
        n = delete.executeUpdate();
        total += n;
      } while (n == BATCH);
    }
    return total;
  }
}
