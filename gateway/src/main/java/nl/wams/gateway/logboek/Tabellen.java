package nl.wams.gateway.logboek;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The two append-only tables as the writer and the verifier see them: column order, how a value
 * goes in and how it comes out, so that both compute the hash over the same values.
 */
final class Tabellen {

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
            "gegevenscategorieen",
            "sleutelversie"),
        Set.of(4, 5),
        Set.of(13),
        Set.of(14)),
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
        Set.of(3, 7, 8),
        Set.of());

    final String naam;
    final List<String> kolommen;
    private final Set<Integer> momenten;
    private final Set<Integer> lijsten;
    private final Set<Integer> later;

    /**
     * {@code later}: columns added after the table had rows; the chain covers them only where they
     * are set, so that the rows from before keep their hashes.
     */
    Tabel(
        String naam,
        List<String> kolommen,
        Set<Integer> momenten,
        Set<Integer> lijsten,
        Set<Integer> later) {
      this.naam = naam;
      this.kolommen = kolommen;
      this.momenten = momenten;
      this.lijsten = lijsten;
      this.later = later;
    }

    /** The values hashed for a row: its volgnummer first, then its columns. */
    List<Object> gehasht(long volgnummer, List<Object> waarden) {
      List<Object> alles = new ArrayList<>(waarden.size() + 1);
      alles.add(volgnummer);
      for (int i = 0; i < waarden.size(); i++) {
        if (waarden.get(i) != null || !later.contains(i)) {
          alles.add(waarden.get(i));
        }
      }
      return alles;
    }

    /**
     * The INSERT of a group of rows, each column one array parameter (volgnummer, the columns, the
     * two hashes) unnested into rows: a whole group in one statement, whatever its size. Every
     * array arrives as text; a moment is cast to timestamptz, a list (an array literal) to text[].
     */
    String invoegen() {
      StringBuilder kolomlijst = new StringBuilder("volgnummer");
      StringBuilder parameters = new StringBuilder("?::bigint[]");
      StringBuilder selectie = new StringBuilder("k0");
      StringBuilder aliassen = new StringBuilder("k0");
      for (int i = 0; i < kolommen.size(); i++) {
        String alias = "k" + (i + 1);
        kolomlijst.append(", ").append(kolommen.get(i));
        parameters.append(
            momenten.contains(i)
                ? ", ?::timestamptz[]"
                : kolommen.get(i).equals("status") ? ", ?::int[]" : ", ?::text[]");
        selectie.append(", ").append(alias).append(lijsten.contains(i) ? "::text[]" : "");
        aliassen.append(", ").append(alias);
      }
      return "INSERT INTO "
          + naam
          + " ("
          + kolomlijst
          + ", vorige_hash, hash) SELECT "
          + selectie
          + ", vh, h FROM unnest("
          + parameters
          + ", ?::text[], ?::text[]) AS r("
          + aliassen
          + ", vh, h)";
    }

    /** Parameters of {@link #invoegen()}: volgnummer, the columns, the two hashes. */
    int parameters() {
      return kolommen.size() + 3;
    }

    String select() {
      return "SELECT volgnummer, "
          + String.join(", ", kolommen)
          + ", vorige_hash, hash FROM "
          + naam
          + " ORDER BY volgnummer";
    }

    /**
     * Adds one row to the column arrays of {@link #invoegen()}: volgnummer, the values as text (a
     * list as an array literal, a moment in ISO-8601, so that the stored values are those that were
     * hashed) and the two hashes.
     */
    void regel(
        List<List<String>> kolomwaarden,
        long volgnummer,
        List<Object> waarden,
        String vorige,
        String hash) {
      kolomwaarden.get(0).add(Long.toString(volgnummer));
      for (int i = 0; i < waarden.size(); i++) {
        Object waarde = waarden.get(i);
        kolomwaarden
            .get(i + 1)
            .add(
                waarde == null
                    ? null
                    : lijsten.contains(i) ? array((List<?>) waarde) : waarde.toString());
      }
      kolomwaarden.get(waarden.size() + 1).add(vorige);
      kolomwaarden.get(waarden.size() + 2).add(hash);
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

  /** A text array literal: every element quoted, with quote and backslash escaped. */
  static String array(List<?> lijst) {
    StringBuilder out = new StringBuilder(16 * lijst.size() + 2).append('{');
    for (int i = 0; i < lijst.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"');
      String element = String.valueOf(lijst.get(i));
      for (int c = 0; c < element.length(); c++) {
        char teken = element.charAt(c);
        if (teken == '"' || teken == '\\') {
          out.append('\\');
        }
        out.append(teken);
      }
      out.append('"');
    }
    return out.append('}').toString();
  }
}
