package nl.wams.gateway.logboek;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the hash chains of the Logboek and the audit trail, row by row from the first: each row's
 * {@code vorige_hash} is the hash of the row before it, its volgnummer follows on, and its {@code
 * hash} is the SHA-256 of the row as stored. Reports the first broken link of each table.
 *
 * <p>Run as {@code ./wams logboek verify}, or {@code java -cp
 * 'gateway/target/quarkus-app/app/*:gateway/target/quarkus-app/lib/main/*'
 * nl.wams.gateway.logboek.VerifieerKeten <jdbc-url> <user> <password>}; exit code 0 when both
 * chains are intact, 1 when one is broken, 2 on a usage or connection error.
 */
public final class VerifieerKeten {

  /** What the check of one table found: rows checked and the first broken link, if any. */
  public record Uitkomst(String tabel, long rijen, Optional<String> breuk) {
    public boolean intact() {
      return breuk.isEmpty();
    }

    @Override
    public String toString() {
      return breuk
          .map(b -> tabel + ": BROKEN after " + rijen + " intact rows: " + b)
          .orElse(tabel + ": intact, " + rijen + " rows");
    }
  }

  private VerifieerKeten() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: VerifieerKeten <jdbc-url> <user> <password>");
      System.exit(2);
    }
    try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
      List<Uitkomst> uitkomsten = verifieer(connection);
      uitkomsten.forEach(System.out::println);
      System.exit(uitkomsten.stream().allMatch(Uitkomst::intact) ? 0 : 1);
    } catch (SQLException e) {
      System.err.println("Cannot read the Logboek: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Checks both tables (in the connection's current schema). */
  public static List<Uitkomst> verifieer(Connection connection) throws SQLException {
    List<Uitkomst> uitkomsten = new ArrayList<>();
    for (Tabellen.Tabel tabel : Tabellen.Tabel.values()) {
      uitkomsten.add(verifieer(connection, tabel));
    }
    return uitkomsten;
  }

  private static Uitkomst verifieer(Connection connection, Tabellen.Tabel tabel)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.setFetchSize(1000);
      try (ResultSet rij = s.executeQuery(tabel.select())) {
        long verwacht = 1;
        String vorige = Keten.BEGIN;
        long intact = 0;
        int kolommen = tabel.kolommen.size();
        while (rij.next()) {
          long volgnummer = rij.getLong(1);
          String opgeslagenVorige = rij.getString(kolommen + 2);
          String opgeslagen = rij.getString(kolommen + 3);
          if (volgnummer != verwacht) {
            return breuk(
                tabel,
                intact,
                "volgnummer " + verwacht + " is missing (next is " + volgnummer + ")");
          }
          if (!vorige.equals(opgeslagenVorige)) {
            return breuk(
                tabel,
                intact,
                "row " + volgnummer + " does not point to the hash of row " + (volgnummer - 1));
          }
          String berekend = Keten.hash(vorige, tabel.gehasht(volgnummer, tabel.lees(rij)));
          if (!berekend.equals(opgeslagen)) {
            return breuk(
                tabel,
                intact,
                "row " + volgnummer + " was altered (its hash does not match its content)");
          }
          vorige = opgeslagen;
          verwacht++;
          intact++;
        }
        return new Uitkomst(tabel.naam, intact, Optional.empty());
      }
    } finally {
      connection.commit();
      connection.setAutoCommit(autoCommit);
    }
  }

  private static Uitkomst breuk(Tabellen.Tabel tabel, long intact, String waar) {
    return new Uitkomst(tabel.naam, intact, Optional.of(waar));
  }
}
