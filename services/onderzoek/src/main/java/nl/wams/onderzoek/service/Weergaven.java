package nl.wams.onderzoek.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowIterator;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nl.wams.onderzoek.domain.Procedure;
import nl.wams.onderzoek.mapping.DossierJson;

/**
 * The read model of the dossier: its JSON, kept in {@code procedure_weergave} beside the procedure
 * and rewritten in the transaction of every change. Reading it is one indexed statement, without
 * loading the aggregate.
 */
@ApplicationScoped
class Weergaven {

  /** What a read needs: the access facts, the version for the ETag, and the stored JSON. */
  record Rij(
      String gemeentecode,
      String onderzoeker,
      String betrokkeneBsn,
      long versie,
      String weergave) {}

  private static final String LEES =
      "select p.gemeentecode, p.onderzoeker, p.betrokkene_bsn, p.versie, w.weergave from procedure p"
          + " left join procedure_weergave w on w.procedure_id = p.id where p.id = ?";

  /** The same statement for the reactive client, which numbers its parameters. */
  private static final String LEES_ZONDER_WACHTEN = LEES.replace("p.id = ?", "p.id = $1");

  private final AgroalDataSource dataSource;
  private final EntityManager entityManager;
  private final DossierJson dossierJson;
  private final Leespool leespool;

  Weergaven(
      AgroalDataSource dataSource,
      EntityManager entityManager,
      DossierJson dossierJson,
      Leespool leespool) {
    this.dataSource = dataSource;
    this.entityManager = entityManager;
    this.dossierJson = dossierJson;
    this.leespool = leespool;
  }

  /** Writes the dossier's JSON; call inside the transaction that changed the procedure. */
  void schrijf(Procedure procedure) {
    entityManager
        .createNativeQuery(
            "insert into procedure_weergave (procedure_id, weergave) values (?1, ?2)"
                + " on conflict (procedure_id) do update set weergave = excluded.weergave")
        .setParameter(1, procedure.id())
        .setParameter(2, dossierJson.zonderUrl(procedure))
        .executeUpdate();
  }

  /** The procedure's access facts and JSON; the JSON is written first if it was never stored. */
  Optional<Rij> lees(UUID id) {
    Optional<Rij> rij = leesRij(id);
    if (rij.isPresent() && rij.get().weergave() == null) {
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                schrijf(entityManager.find(Procedure.class, id));
                entityManager.flush();
                return leesRij(id);
              });
    }
    return rij;
  }

  /**
   * The procedure's access facts and stored JSON through the reactive client, without blocking the
   * calling thread; completes on the caller's Vert.x context. The JSON is null when it was never
   * stored ({@link #lees} writes it first).
   */
  CompletionStage<Optional<Rij>> leesZonderWachten(UUID id) {
    return leespool
        .pool()
        .preparedQuery(LEES_ZONDER_WACHTEN)
        .execute(Tuple.of(id))
        .map(
            rijen -> {
              RowIterator<Row> rij = rijen.iterator();
              if (!rij.hasNext()) {
                return Optional.<Rij>empty();
              }
              Row r = rij.next();
              return Optional.of(
                  new Rij(
                      r.getString(0),
                      r.getString(1),
                      r.getString(2),
                      r.getLong(3),
                      r.getString(4)));
            })
        .toCompletionStage();
  }

  private Optional<Rij> leesRij(UUID id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(LEES)) {
      statement.setObject(1, id);
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Rij(
                result.getString(1),
                result.getString(2),
                result.getString(3),
                result.getLong(4),
                result.getString(5)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Het dossier kon niet worden gelezen.", e);
    }
  }
}
