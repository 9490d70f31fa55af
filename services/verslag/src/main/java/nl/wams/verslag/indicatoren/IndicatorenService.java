package nl.wams.verslag.indicatoren;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.wams.commons.problem.InvalidParam;
import nl.wams.commons.problem.ProblemException;
import nl.wams.commons.problem.ProblemType;
import nl.wams.commons.security.Caller;
import nl.wams.verslag.domain.Indicator;
import nl.wams.verslag.domain.Onderdrukking;

/**
 * The monitoring indicators of WAMS.md §7, computed in one SQL statement over the read model, per
 * municipality and period, then suppressed ({@link Onderdrukking}) before anything leaves.
 */
@ApplicationScoped
public class IndicatorenService {

  public static final String BELEID = "beleid";

  /** The result: what was asked and the suppressed cells. */
  public record Uitkomst(
      String gemeentecode,
      LocalDate van,
      LocalDate tot,
      int minCelgrootte,
      List<Indicator> cellen) {

    public List<Indicator> van(String indicator) {
      return cellen.stream().filter(c -> c.indicator().equals(indicator)).toList();
    }

    public Indicator totaal(String indicator) {
      return cellen.stream()
          .filter(c -> c.indicator().equals(indicator) && c.categorie().equals(Indicator.TOTAAL))
          .findFirst()
          .orElseThrow();
    }
  }

  static final Set<Onderdrukking.Verdeling> VERDELINGEN =
      Set.of(
          new Onderdrukking.Verdeling("ingang", "procedures-gestart"),
          new Onderdrukking.Verdeling("einde-reden", "procedures-beeindigd"),
          new Onderdrukking.Verdeling("klachten", "klachten"));

  static final Set<Onderdrukking.Afgeleid> AFGELEIDEN =
      Set.of(
          new Onderdrukking.Afgeleid("doorlooptijd-gemiddeld-dagen", "procedures-beeindigd"),
          new Onderdrukking.Afgeleid("doorlooptijd-mediaan-dagen", "procedures-beeindigd"));

  /** Categories always shown, also at zero, so that a missing row never hides a small number. */
  private static final Map<String, List<String>> VASTE_CATEGORIEEN =
      Map.of(
          "ingang", List.of("HULPVRAAG", "VERZOEK", "MELDING"),
          "klachten",
              List.of(
                  "BEJEGENING", "GEGEVENSDELING", "BESLUIT", "TERMIJN", "COORDINATIE", "OVERIG"),
          "clientondersteuning", List.of("aangeboden", "gebruikt"));

  private static final String SQL =
      """
      WITH p AS (SELECT * FROM procedure_feit WHERE gemeentecode = ?),
      g AS (SELECT * FROM p WHERE gestart_op >= ? AND gestart_op < ?),
      c AS (SELECT * FROM p WHERE conclusie_op >= ? AND conclusie_op < ?),
      e AS (SELECT *, extract(epoch FROM beeindigd_op - gestart_op) / 86400.0 AS dagen
            FROM p WHERE beeindigd_op >= ? AND beeindigd_op < ?),
      o AS (SELECT * FROM overleg_feit WHERE gemeentecode = ? AND gehouden_op >= ? AND gehouden_op < ?),
      k AS (SELECT * FROM klacht_feit WHERE gemeentecode = ? AND ingediend_op >= ? AND ingediend_op < ?)
      SELECT 'procedures-gestart', 'totaal', count(*)::numeric FROM g
      UNION ALL SELECT 'ingang', ingang, count(*) FROM g WHERE ingang IS NOT NULL GROUP BY ingang
      UNION ALL SELECT 'herhaalde-onderzoeken', 'totaal', count(*) FILTER (WHERE herhaald) FROM g
      UNION ALL SELECT 'procedures-beeindigd', 'totaal', count(*) FROM e
      UNION ALL SELECT 'einde-reden', einde_reden, count(*) FROM e WHERE einde_reden IS NOT NULL
        GROUP BY einde_reden
      UNION ALL SELECT 'doorlooptijd-gemiddeld-dagen', 'totaal', round(avg(dagen)::numeric, 1)
        FROM e WHERE gestart_op IS NOT NULL
      UNION ALL SELECT 'doorlooptijd-mediaan-dagen', 'totaal',
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY dagen))::numeric, 1)
        FROM e WHERE gestart_op IS NOT NULL
      UNION ALL SELECT 'clientondersteuning', 'aangeboden',
        count(*) FILTER (WHERE ondersteuning_aangeboden) FROM c
      UNION ALL SELECT 'clientondersteuning', 'gebruikt',
        count(*) FILTER (WHERE ondersteuning_gebruikt) FROM c
      UNION ALL SELECT 'domeinen-onderzoek', d.domein, count(*)
        FROM c JOIN procedure_domein d ON d.procedure = c.procedure GROUP BY d.domein
      UNION ALL SELECT 'domeinen-casusoverleg', d.domein, count(*)
        FROM o JOIN overleg_domein d ON d.overleg = o.overleg GROUP BY d.domein
      UNION ALL SELECT 'organisaties-casusoverleg', x.organisatie, count(*)
        FROM o JOIN overleg_organisatie x ON x.overleg = o.overleg GROUP BY x.organisatie
      UNION ALL SELECT 'klachten', 'totaal', count(*) FROM k
      UNION ALL SELECT 'klachten', aard, count(*) FROM k GROUP BY aard
      """;

  private final DataSource dataSource;
  private final IndicatorConfig config;
  private final Clock clock;

  IndicatorenService(DataSource dataSource, IndicatorConfig config, Clock clock) {
    this.dataSource = dataSource;
    this.config = config;
    this.clock = clock;
  }

  public Uitkomst bereken(Caller caller, String gemeentecode, LocalDate van, LocalDate tot) {
    if (!caller.hasRole(BELEID) || caller.gemeente().isEmpty()) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Alleen beleidsmedewerkers zien de indicatoren.");
    }
    String gemeente = gemeentecode == null ? caller.gemeente().orElseThrow() : gemeentecode;
    if (!caller.worksFor(gemeente)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "U ziet alleen de indicatoren van uw eigen gemeente.");
    }
    LocalDate vandaag = LocalDate.now(clock.withZone(config.tijdzone()));
    LocalDate begin = van == null ? vandaag.withDayOfYear(1) : van;
    LocalDate einde = tot == null ? vandaag : tot;
    if (einde.isBefore(begin)) {
      throw ProblemException.invalid(
          "tot", InvalidParam.INVALID, "De periode eindigt voor zij begint.");
    }
    List<Indicator> ruw = lees(gemeente, begin, einde);
    return new Uitkomst(
        gemeente,
        begin,
        einde,
        config.minCelgrootte(),
        Onderdrukking.pas(ruw, config.minCelgrootte(), VERDELINGEN, AFGELEIDEN));
  }

  private List<Indicator> lees(String gemeente, LocalDate van, LocalDate tot) {
    Timestamp begin = Timestamp.from(van.atStartOfDay(config.tijdzone()).toInstant());
    Timestamp einde = Timestamp.from(tot.plusDays(1).atStartOfDay(config.tijdzone()).toInstant());
    Map<String, Indicator> cellen = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(SQL)) {
      int i = 1;
      query.setString(i++, gemeente);
      for (int blok = 0; blok < 5; blok++) {
        if (blok >= 3) {
          query.setString(i++, gemeente);
        }
        query.setTimestamp(i++, begin);
        query.setTimestamp(i++, einde);
      }
      try (ResultSet rij = query.executeQuery()) {
        while (rij.next()) {
          Indicator cel =
              new Indicator(rij.getString(1), rij.getString(2), rij.getBigDecimal(3), false);
          cellen.put(cel.indicator() + "|" + cel.categorie(), cel);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Read model unavailable", e);
    }
    VASTE_CATEGORIEEN.forEach(
        (indicator, categorieen) ->
            categorieen.forEach(
                categorie ->
                    cellen.putIfAbsent(
                        indicator + "|" + categorie,
                        new Indicator(indicator, categorie, BigDecimal.ZERO, false))));
    // The zeros added above follow their indicator's other cells.
    return cellen.values().stream()
        .sorted(
            java.util.Comparator.comparing((Indicator c) -> volgorde(c.indicator()))
                .thenComparing(c -> c.categorie().equals(Indicator.TOTAAL) ? "" : c.categorie()))
        .toList();
  }

  private static final List<String> VOLGORDE =
      List.of(
          "procedures-gestart",
          "ingang",
          "herhaalde-onderzoeken",
          "procedures-beeindigd",
          "einde-reden",
          "doorlooptijd-gemiddeld-dagen",
          "doorlooptijd-mediaan-dagen",
          "clientondersteuning",
          "domeinen-onderzoek",
          "domeinen-casusoverleg",
          "organisaties-casusoverleg",
          "klachten");

  private static int volgorde(String indicator) {
    int i = VOLGORDE.indexOf(indicator);
    return i < 0 ? VOLGORDE.size() : i;
  }
}
