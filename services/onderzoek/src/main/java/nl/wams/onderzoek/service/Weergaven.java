package nl.wams.onderzoek.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
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

  private final AgroalDataSource dataSource;
  private final EntityManager entityManager;
  private final DossierJson dossierJson;

  Weergaven(AgroalDataSource dataSource, EntityManager entityManager, DossierJson dossierJson) {
    this.dataSource = dataSource;
    this.entityManager = entityManager;
    this.dossierJson = dossierJson;
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
