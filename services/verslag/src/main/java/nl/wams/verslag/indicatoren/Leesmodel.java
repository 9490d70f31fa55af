package nl.wams.verslag.indicatoren;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import javax.sql.DataSource;

/**
 * The read model of the indicators, written from events only: one row per procedure, overleg and
 * complaint, with codes, dates and organisation names - never a person. Every write is an upsert of
 * the columns the event knows, so events may arrive in any order and more than once.
 */
@ApplicationScoped
public class Leesmodel {

  private final DataSource dataSource;

  Leesmodel(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void procedureGestart(
      String procedure, String gemeentecode, String ingang, boolean herhaald, Instant gestartOp) {
    update(
        """
        INSERT INTO procedure_feit (procedure, gemeentecode, ingang, herhaald, gestart_op)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (procedure) DO UPDATE SET gemeentecode = EXCLUDED.gemeentecode,
          ingang = EXCLUDED.ingang, herhaald = EXCLUDED.herhaald, gestart_op = EXCLUDED.gestart_op
        """,
        procedure,
        gemeentecode,
        ingang,
        herhaald,
        ts(gestartOp));
  }

  /**
   * The conclusion; a procedure without coordination (single-track help or no multiple problems)
   * ends with it, one with coordination ends with its aanpak.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void conclusie(
      String procedure,
      String gemeentecode,
      String uitkomst,
      Instant gestartOp,
      Instant vastgesteldOp,
      Boolean ondersteuningAangeboden,
      Boolean ondersteuningGebruikt,
      Collection<String> domeinen) {
    boolean eindigtHier = !uitkomst.startsWith("COORDINATIE_");
    update(
        """
        INSERT INTO procedure_feit (procedure, gemeentecode, gestart_op, uitkomst, conclusie_op,
          ondersteuning_aangeboden, ondersteuning_gebruikt, beeindigd_op, einde_reden)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (procedure) DO UPDATE SET gemeentecode = EXCLUDED.gemeentecode,
          gestart_op = COALESCE(procedure_feit.gestart_op, EXCLUDED.gestart_op),
          uitkomst = EXCLUDED.uitkomst, conclusie_op = EXCLUDED.conclusie_op,
          ondersteuning_aangeboden = EXCLUDED.ondersteuning_aangeboden,
          ondersteuning_gebruikt = EXCLUDED.ondersteuning_gebruikt,
          beeindigd_op = COALESCE(EXCLUDED.beeindigd_op, procedure_feit.beeindigd_op),
          einde_reden = COALESCE(EXCLUDED.einde_reden, procedure_feit.einde_reden)
        """,
        procedure,
        gemeentecode,
        ts(gestartOp),
        uitkomst,
        ts(vastgesteldOp),
        ondersteuningAangeboden,
        ondersteuningGebruikt,
        eindigtHier ? ts(vastgesteldOp) : null,
        eindigtHier ? uitkomst : null);
    for (String domein : domeinen) {
      update(
          "INSERT INTO procedure_domein (procedure, domein) VALUES (?, ?) ON CONFLICT DO NOTHING",
          procedure,
          domein);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void aanpakBeeindigd(
      String procedure, String gemeentecode, String reden, Instant beeindigdOp) {
    update(
        """
        INSERT INTO procedure_feit (procedure, gemeentecode, beeindigd_op, einde_reden)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (procedure) DO UPDATE SET beeindigd_op = EXCLUDED.beeindigd_op,
          einde_reden = EXCLUDED.einde_reden
        """,
        procedure,
        gemeentecode,
        ts(beeindigdOp),
        reden);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void overlegGehouden(
      String overleg,
      String gemeentecode,
      String procedure,
      String fase,
      Instant gehoudenOp,
      Collection<String> domeinen,
      Collection<String> organisaties) {
    update(
        """
        INSERT INTO overleg_feit (overleg, gemeentecode, procedure, fase, gehouden_op)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (overleg) DO UPDATE SET gehouden_op = EXCLUDED.gehouden_op
        """,
        overleg,
        gemeentecode,
        procedure,
        fase,
        ts(gehoudenOp));
    for (String domein : domeinen) {
      update(
          "INSERT INTO overleg_domein (overleg, domein) VALUES (?, ?) ON CONFLICT DO NOTHING",
          overleg,
          domein);
    }
    for (String organisatie : organisaties) {
      update(
          "INSERT INTO overleg_organisatie (overleg, organisatie) VALUES (?, ?)"
              + " ON CONFLICT DO NOTHING",
          overleg,
          organisatie);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void klachtIngediend(String klacht, String gemeentecode, String aard, Instant op) {
    update(
        """
        INSERT INTO klacht_feit (klacht, gemeentecode, aard, ingediend_op) VALUES (?, ?, ?, ?)
        ON CONFLICT (klacht) DO NOTHING
        """,
        klacht,
        gemeentecode,
        aard,
        ts(op));
  }

  private void update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Read model unavailable", e);
    }
  }

  private static Timestamp ts(Instant moment) {
    return moment == null ? null : Timestamp.from(moment);
  }
}
