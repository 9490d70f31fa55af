package nl.wams.gateway.logboek;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The one writer of the Logboek and the audit trail (group commit). Requests hand in their records
 * and get a future; a single thread takes everything that is waiting, writes it in one transaction
 * (under an advisory lock, continuing the hash chain from the last committed row) and completes the
 * futures after COMMIT, or fails them all when the transaction fails. Nothing is completed before
 * the records are durable, so the gateway can hold each response until then.
 */
@Singleton
public class LogboekSchrijver {

  private static final Logger LOG = Logger.getLogger(LogboekSchrijver.class);

  /** The records of one request, and what the request waits on. */
  private record Opdracht(
      List<Verwerking> verwerkingen, AuditRegel audit, CompletableFuture<Void> klaar) {}

  private final AgroalDataSource dataSource;
  private final LogboekConfig config;
  private final BlockingQueue<Opdracht> wachtrij;
  private volatile boolean actief;
  private Thread schrijver;

  LogboekSchrijver(AgroalDataSource dataSource, LogboekConfig config) {
    this.dataSource = dataSource;
    this.config = config;
    this.wachtrij = new ArrayBlockingQueue<>(config.queue());
  }

  void start(@Observes StartupEvent event) {
    if (!config.enabled()) {
      LOG.warn(
          "The Logboek Dataverwerkingen is OFF (wams.logboek.enabled=false): measurements only");
      return;
    }
    actief = true;
    schrijver = Thread.ofPlatform().name("logboek-schrijver").daemon().start(this::schrijf);
  }

  void stop(@Observes ShutdownEvent event) {
    actief = false;
    if (schrijver != null) {
      schrijver.interrupt();
    }
  }

  /**
   * Hands in the records of one request. The future completes after they are committed, and fails
   * when they cannot be (the caller then discloses nothing); it never completes otherwise.
   */
  public CompletableFuture<Void> leg(List<Verwerking> verwerkingen, AuditRegel audit) {
    CompletableFuture<Void> klaar = new CompletableFuture<>();
    if (!actief || !wachtrij.offer(new Opdracht(verwerkingen, audit, klaar))) {
      klaar.completeExceptionally(new IllegalStateException("the Logboek writer is not accepting"));
    }
    return klaar;
  }

  private void schrijf() {
    List<Opdracht> groep = new ArrayList<>(config.maxBatch());
    while (actief) {
      try {
        Opdracht eerste = wachtrij.poll(200, TimeUnit.MILLISECONDS);
        if (eerste == null) {
          continue;
        }
        groep.add(eerste);
        wachtrij.drainTo(groep, config.maxBatch() - 1);
        try {
          schrijf(groep);
          groep.forEach(o -> o.klaar().complete(null));
        } catch (SQLException | RuntimeException e) {
          LOG.warnf("The Logboek could not commit %d requests: %s", groep.size(), e.toString());
          groep.forEach(o -> o.klaar().completeExceptionally(e));
        }
        groep.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    List<Opdracht> rest = new ArrayList<>();
    wachtrij.drainTo(rest);
    rest.forEach(
        o -> o.klaar().completeExceptionally(new IllegalStateException("the gateway stops")));
  }

  private void schrijf(List<Opdracht> groep) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        try (Statement slot = connection.createStatement()) {
          slot.execute("SELECT pg_advisory_xact_lock(" + Tabellen.SCHRIJFSLOT + ")");
        }
        Schakel verwerking = laatste(connection, Tabellen.Tabel.VERWERKING);
        Schakel audit = laatste(connection, Tabellen.Tabel.AUDIT);
        try (PreparedStatement v = connection.prepareStatement(Tabellen.Tabel.VERWERKING.insert());
            PreparedStatement a = connection.prepareStatement(Tabellen.Tabel.AUDIT.insert())) {
          boolean verwerkingen = false;
          for (Opdracht opdracht : groep) {
            for (Verwerking record : opdracht.verwerkingen()) {
              verwerking =
                  verwerking.voegToe(connection, v, Tabellen.Tabel.VERWERKING, record.waarden());
              verwerkingen = true;
            }
            audit = audit.voegToe(connection, a, Tabellen.Tabel.AUDIT, opdracht.audit().waarden());
          }
          if (verwerkingen) {
            v.executeBatch();
          }
          a.executeBatch();
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException ignored) {
          // the connection is gone; the transaction went with it
        }
        throw e;
      }
    }
  }

  /** The last link of a chain: the volgnummer and hash of its newest row. */
  private record Schakel(long volgnummer, String hash) {
    Schakel voegToe(
        Connection connection, PreparedStatement insert, Tabellen.Tabel tabel, List<Object> waarden)
        throws SQLException {
      long nummer = volgnummer + 1;
      String nieuw = Keten.hash(hash, Tabellen.metVolgnummer(nummer, waarden));
      tabel.bind(insert, connection, nummer, waarden, hash, nieuw);
      insert.addBatch();
      return new Schakel(nummer, nieuw);
    }
  }

  private static Schakel laatste(Connection connection, Tabellen.Tabel tabel) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rij =
            s.executeQuery(
                "SELECT volgnummer, hash FROM "
                    + tabel.naam
                    + " ORDER BY volgnummer DESC LIMIT 1")) {
      return rij.next()
          ? new Schakel(rij.getLong(1), rij.getString(2))
          : new Schakel(0, Keten.BEGIN);
    }
  }
}
