package nl.wams.gateway.logboek;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * The one writer of the Logboek and the audit trail (group commit). Requests hand in their records
 * and get a future; a single thread takes everything that is waiting, writes it in one statement
 * for both tables (continuing the hash chains from the last committed rows; one round trip, which
 * commits on its own) and completes the futures after it, or fails them all when it fails. Nothing
 * is completed before the records are durable, so the gateway can hold each response until then.
 */
@Singleton
public class LogboekSchrijver {

  private static final Logger LOG = Logger.getLogger(LogboekSchrijver.class);

  /**
   * The records of one request, what the request waits on, and the Vert.x context it is answered on
   * (null: complete on the writer's thread).
   */
  private record Opdracht(
      List<Verwerking> verwerkingen,
      AuditRegel audit,
      Context context,
      CompletableFuture<Void> klaar) {}

  private final AgroalDataSource dataSource;
  private final LogboekConfig config;
  private final BlockingQueue<Opdracht> wachtrij;
  private final AtomicInteger onderweg = new AtomicInteger();
  private volatile boolean actief;
  private volatile Thread schrijver;

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

  /** A request went to a component: its records will follow (see {@link #terug()}). */
  public void vertrokken() {
    onderweg.incrementAndGet();
  }

  /** A request counted by {@link #vertrokken()} is back (before it hands in its records). */
  public void terug() {
    onderweg.decrementAndGet();
  }

  /**
   * True while the writer collects a group (see {@link #verzamel}). It then sleeps instead of
   * waiting on the queue, so that the requests handing in their records do not wake it one by one;
   * only the last one on its way back does.
   */
  private volatile boolean verzamelt;

  /**
   * Hands in the records of one request. The future completes after they are committed, and fails
   * when they cannot be (the caller then discloses nothing); it never completes otherwise. It
   * completes on {@code context} when one is given: the writer hands each event loop the outcome of
   * all its requests of a group at once, instead of waking it once per request.
   */
  public CompletableFuture<Void> leg(
      List<Verwerking> verwerkingen, AuditRegel audit, Context context) {
    CompletableFuture<Void> klaar = new CompletableFuture<>();
    if (!actief || !wachtrij.offer(new Opdracht(verwerkingen, audit, context, klaar))) {
      klaar.completeExceptionally(new IllegalStateException("the Logboek writer is not accepting"));
    } else if (verzamelt && onderweg.get() == 0) {
      // The last request on its way back is in: nothing more to wait for. (terug() came first, so
      // either this sees the writer collecting, or the writer sees nothing on its way.)
      LockSupport.unpark(schrijver);
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
        verzamel(groep);
        Throwable fout = null;
        try {
          schrijf(groep);
        } catch (Exception | Error e) {
          // Whatever went wrong (the JDBC driver may even throw an Error when its connection is
          // killed mid-batch): these requests get 503, and the writer goes on with the next group.
          LOG.warnf("The Logboek could not commit %d requests: %s", groep.size(), e.toString());
          fout = e;
        }
        meld(groep, fout);
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

  /**
   * Under load, waits a little (at most {@code verzameltijd}) for the requests that are on their
   * way back from a component, so that they share this commit instead of each paying for one. It
   * sleeps meanwhile, woken early only by the last of them (see {@link #leg}): a wake-up per
   * arriving request cost a context switch each.
   */
  private void verzamel(List<Opdracht> groep) throws InterruptedException {
    long tot = System.nanoTime() + config.verzameltijd().toNanos();
    verzamelt = true;
    try {
      while (groep.size() < config.maxBatch() && onderweg.get() > 0) {
        long rest = tot - System.nanoTime();
        if (rest <= 0) {
          break;
        }
        LockSupport.parkNanos(this, rest);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        wachtrij.drainTo(groep, config.maxBatch() - groep.size());
      }
    } finally {
      verzamelt = false;
    }
    wachtrij.drainTo(groep, config.maxBatch() - groep.size());
  }

  /** Completes the requests of a group: per Vert.x context in one task on that context. */
  private static void meld(List<Opdracht> groep, Throwable fout) {
    Map<Context, List<CompletableFuture<Void>>> perContext = new IdentityHashMap<>();
    for (Opdracht opdracht : groep) {
      if (opdracht.context() == null) {
        voltooi(opdracht.klaar(), fout);
      } else {
        perContext
            .computeIfAbsent(opdracht.context(), c -> new ArrayList<>())
            .add(opdracht.klaar());
      }
    }
    perContext.forEach(
        (context, wachtenden) ->
            context.runOnContext(v -> wachtenden.forEach(klaar -> voltooi(klaar, fout))));
  }

  private static void voltooi(CompletableFuture<Void> klaar, Throwable fout) {
    if (fout == null) {
      klaar.complete(null);
    } else {
      klaar.completeExceptionally(fout);
    }
  }

  /**
   * The heads of both chains as last committed by this writer, or null when unknown (at start, and
   * after any failure): then read from the table. No lock and no read per batch: if another gateway
   * wrote in between, the volgnummer we continue with already exists, the insert fails on the
   * primary key, and the batch is written again after the heads.
   */
  private Schakel verwerkingKop;

  private Schakel auditKop;

  private void schrijf(List<Opdracht> groep) throws SQLException {
    try {
      schrijfEenmaal(groep);
    } catch (SQLException e) {
      verwerkingKop = null;
      auditKop = null;
      if (!"23505".equals(e.getSQLState())) {
        verwijderDodeVerbindingen();
        throw e;
      }
      schrijfEenmaal(groep);
    } catch (RuntimeException | Error e) {
      verwerkingKop = null;
      auditKop = null;
      verwijderDodeVerbindingen();
      throw e;
    }
  }

  /**
   * After a failure: when the database went away, every idle connection of the pool is dead too;
   * let the pool check them now, so that the next group does not fail on one of them as well.
   */
  private void verwijderDodeVerbindingen() {
    try {
      dataSource.flush(AgroalDataSource.FlushMode.INVALID);
    } catch (RuntimeException e) {
      LOG.debugf("flushing the Logboek's pool failed: %s", e.toString());
    }
  }

  /** Both tables' rows of a group in one statement: one round trip, committed on its own. */
  private static final String INVOEGEN =
      "WITH verwerkingen AS ("
          + Tabellen.Tabel.VERWERKING.invoegen()
          + ") "
          + Tabellen.Tabel.AUDIT.invoegen();

  private void schrijfEenmaal(List<Opdracht> groep) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      Schakel verwerking =
          verwerkingKop != null ? verwerkingKop : laatste(connection, Tabellen.Tabel.VERWERKING);
      Schakel audit = auditKop != null ? auditKop : laatste(connection, Tabellen.Tabel.AUDIT);
      List<List<String>> verwerkingen = kolommen(Tabellen.Tabel.VERWERKING, groep.size());
      List<List<String>> auditRegels = kolommen(Tabellen.Tabel.AUDIT, groep.size());
      for (Opdracht opdracht : groep) {
        for (Verwerking record : opdracht.verwerkingen()) {
          verwerking =
              verwerking.voegToe(verwerkingen, Tabellen.Tabel.VERWERKING, record.waarden());
        }
        audit = audit.voegToe(auditRegels, Tabellen.Tabel.AUDIT, opdracht.audit().waarden());
      }
      try (PreparedStatement insert = connection.prepareStatement(INVOEGEN)) {
        int p = 1;
        for (List<String> kolom : verwerkingen) {
          insert.setArray(p++, connection.createArrayOf("text", kolom.toArray()));
        }
        for (List<String> kolom : auditRegels) {
          insert.setArray(p++, connection.createArrayOf("text", kolom.toArray()));
        }
        insert.executeUpdate();
      }
      verwerkingKop = verwerking;
      auditKop = audit;
    }
  }

  private static List<List<String>> kolommen(Tabellen.Tabel tabel, int rijen) {
    List<List<String>> kolommen = new ArrayList<>(tabel.parameters());
    for (int i = 0; i < tabel.parameters(); i++) {
      kolommen.add(new ArrayList<>(rijen));
    }
    return kolommen;
  }

  /** The last link of a chain: the volgnummer and hash of its newest row. */
  private record Schakel(long volgnummer, String hash) {
    Schakel voegToe(List<List<String>> kolommen, Tabellen.Tabel tabel, List<Object> waarden) {
      long nummer = volgnummer + 1;
      String nieuw = Keten.hash(hash, tabel.gehasht(nummer, waarden));
      tabel.regel(kolommen, nummer, waarden, hash, nieuw);
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
