package nl.wams.gateway.logboek;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The two append-only tables as the writer and the verifier see them: column order, how a value
 * goes in and how it comes out, so that both compute the hash over the same values.
 */
final class Tabellen {

  /** Taken in every write transaction: one chain, however many gateways write. */
  static final long SCHRIJFSLOT = 0x57414d534c4f47L;

  enum Tabel {
    VERWERKING(
        "logboek_verwerking",
        List.of(
            "trace_id",
            "span_id",
            "parent_span_id",
            "name",
            "start_time",
            "end_time",
            "status_code",
            "processing_activity_id",
            "data_subject_id",
            "data_subject_id_type",
            "applicatie",
            "rol",
            "organisatie",
            "gegevenscategorieen"),
        Set.of(4, 5),
        Set.of(13)),
    AUDIT(
        "audit_regel",
        List.of(
            "trace_id",
            "tijdstip",
            "gebruiker",
            "rollen",
            "applicatie",
            "operatie",
            "verwerkingsactiviteit",
            "velden",
            "gegevenscategorieen",
            "status"),
        Set.of(1),
        Set.of(3, 7, 8));

    final String naam;
    final List<String> kolommen;
    private final Set<Integer> momenten;
    private final Set<Integer> lijsten;

    Tabel(String naam, List<String> kolommen, Set<Integer> momenten, Set<Integer> lijsten) {
      this.naam = naam;
      this.kolommen = kolommen;
      this.momenten = momenten;
      this.lijsten = lijsten;
    }

    String insert() {
      return "INSERT INTO "
          + naam
          + " (volgnummer, "
          + String.join(", ", kolommen)
          + ", vorige_hash, hash) VALUES (?, "
          + "?, ".repeat(kolommen.size())
          + "?, ?)";
    }

    String select() {
      return "SELECT volgnummer, "
          + String.join(", ", kolommen)
          + ", vorige_hash, hash FROM "
          + naam
          + " ORDER BY volgnummer";
    }

    /** Binds volgnummer, the values and the two hashes. */
    void bind(
        PreparedStatement insert,
        Connection connection,
        long volgnummer,
        List<Object> waarden,
        String vorige,
        String hash)
        throws SQLException {
      insert.setLong(1, volgnummer);
      for (int i = 0; i < waarden.size(); i++) {
        Object waarde = waarden.get(i);
        int p = i + 2;
        if (momenten.contains(i)) {
          insert.setTimestamp(p, Timestamp.from((Instant) waarde));
        } else if (lijsten.contains(i)) {
          List<?> lijst = (List<?>) waarde;
          insert.setArray(p, connection.createArrayOf("text", lijst.toArray()));
        } else if (waarde instanceof Integer getal) {
          insert.setInt(p, getal);
        } else {
          insert.setString(p, (String) waarde);
        }
      }
      insert.setString(waarden.size() + 2, vorige);
      insert.setString(waarden.size() + 3, hash);
    }

    /** The values of the current row of {@link #select()}, as they were when hashed. */
    List<Object> lees(ResultSet rij) throws SQLException {
      List<Object> waarden = new ArrayList<>(kolommen.size());
      for (int i = 0; i < kolommen.size(); i++) {
        int p = i + 2;
        if (momenten.contains(i)) {
          waarden.add(rij.getTimestamp(p).toInstant());
        } else if (lijsten.contains(i)) {
          Array array = rij.getArray(p);
          waarden.add(Arrays.asList((Object[]) array.getArray()));
        } else if (kolommen.get(i).equals("status")) {
          waarden.add(rij.getInt(p));
        } else {
          String tekst = rij.getString(p);
          waarden.add(tekst == null ? null : tekst.strip());
        }
      }
      return waarden;
    }
  }

  private Tabellen() {}

  /** The values hashed for a row: its volgnummer first, then its columns. */
  static List<Object> metVolgnummer(long volgnummer, List<Object> waarden) {
    List<Object> alles = new ArrayList<>(waarden.size() + 1);
    alles.add(volgnummer);
    alles.addAll(waarden);
    return alles;
  }
}
