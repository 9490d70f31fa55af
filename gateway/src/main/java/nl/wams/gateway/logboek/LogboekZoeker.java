package nl.wams.gateway.logboek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.wams.commons.bsn.Bsn;
import nl.wams.commons.problem.InvalidParam;
import nl.wams.gateway.view.ViewPolicy;

/**
 * The read side of the Logboek ({@code api-specs/logboek/openapi.yaml}), served by the gateway
 * itself: the records of one data subject in one period, newest first; and for the FG the audit
 * rows of the same requests. Who may search which BSN is decided by the caller ({@code eigenBsn}).
 */
@Singleton
public class LogboekZoeker {

  public static final String COMPONENT = "logboek";
  public static final String ZOEK_VERWERKINGEN = "zoekVerwerkingen";
  public static final String ZOEK_AUDIT = "zoekAuditRegels";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> VELDEN = Set.of("bsn", "van", "tot");

  /** The outcome of a search request. */
  public sealed interface Uitkomst {
    /** 200: the page, and the BSN searched (the search itself is logged for it). */
    record Gevonden(ObjectNode body, String bsn) implements Uitkomst {}

    record Ongeldig(List<InvalidParam> invalidParams) implements Uitkomst {}

    /** Another BSN than the caller may search: nothing is disclosed. */
    record Verboden() implements Uitkomst {}
  }

  private final AgroalDataSource dataSource;
  private final Pseudoniem pseudoniem;

  LogboekZoeker(AgroalDataSource dataSource, Pseudoniem pseudoniem) {
    this.dataSource = dataSource;
    this.pseudoniem = pseudoniem;
  }

  /**
   * Searches. {@code eigenBsn} is the only BSN the caller may search, or null when it may search
   * any; {@code self} is the URL of the page without its query, for {@code next} and {@code
   * previous}. Blocking (JDBC): call it off the event loop.
   */
  public Uitkomst zoek(
      String operatie,
      byte[] body,
      String page,
      String pageSize,
      boolean eigenBsnVerplicht,
      String eigenBsn,
      ViewPolicy policy,
      String self)
      throws SQLException {
    List<InvalidParam> ongeldig = new ArrayList<>();
    int pagina = getal("page", page, 1, 1, Integer.MAX_VALUE, ongeldig);
    int grootte = getal("pageSize", pageSize, 20, 1, 100, ongeldig);
    JsonNode vraag;
    try {
      vraag = JSON.readTree(body);
    } catch (IOException e) {
      vraag = null;
    }
    if (vraag == null || !vraag.isObject()) {
      ongeldig.add(
          new InvalidParam("body", InvalidParam.INVALID_JSON, "De body is geen JSON-object."));
      return new Uitkomst.Ongeldig(ongeldig);
    }
    Iterator<String> namen = vraag.fieldNames();
    while (namen.hasNext()) {
      String naam = namen.next();
      if (!VELDEN.contains(naam)) {
        ongeldig.add(new InvalidParam(naam, InvalidParam.UNKNOWN_FIELD, "Dit veld bestaat niet."));
      }
    }
    String bsn = vraag.path("bsn").isTextual() ? vraag.get("bsn").asText() : null;
    if (bsn == null) {
      ongeldig.add(new InvalidParam("bsn", InvalidParam.REQUIRED, "Het BSN is verplicht."));
    } else if (!Bsn.isValid(bsn)) {
      ongeldig.add(new InvalidParam("bsn", "invalid-bsn", "Dit is geen geldig BSN (elfproef)."));
    }
    Instant van = moment(vraag, "van", ongeldig);
    Instant tot = moment(vraag, "tot", ongeldig);
    if (van != null && tot != null && !van.isBefore(tot)) {
      ongeldig.add(new InvalidParam("tot", InvalidParam.INVALID, "tot ligt na van."));
    }
    if (!ongeldig.isEmpty()) {
      return new Uitkomst.Ongeldig(ongeldig);
    }
    if (eigenBsnVerplicht && !bsn.equals(eigenBsn)) {
      return new Uitkomst.Verboden();
    }
    List<String> betrokkene = pseudoniem.alle(bsn);
    ObjectNode pagina0 =
        operatie.equals(ZOEK_AUDIT)
            ? audit(betrokkene, van, tot, pagina, grootte)
            : verwerkingen(betrokkene, van, tot, pagina, grootte, policy);
    long count = pagina0.get("count").asLong();
    pagina0.put("next", pagina * (long) grootte < count ? link(self, pagina + 1, grootte) : null);
    pagina0.put("previous", pagina > 1 ? link(self, pagina - 1, grootte) : null);
    return new Uitkomst.Gevonden(pagina0, bsn);
  }

  private ObjectNode verwerkingen(
      List<String> betrokkene, Instant van, Instant tot, int pagina, int grootte, ViewPolicy policy)
      throws SQLException {
    String waar =
        " FROM logboek_verwerking WHERE data_subject_id = ANY (?::char(64)[]) AND start_time >= ? AND start_time < ?";
    try (Connection c = dataSource.getConnection()) {
      ObjectNode uit = JSON.createObjectNode();
      uit.put("count", tel(c, "SELECT count(*)" + waar, betrokkene, van, tot));
      ArrayNode results = uit.putArray("results");
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT trace_id, span_id, parent_span_id, name, start_time, end_time, status_code,"
                  + " processing_activity_id, applicatie, rol, organisatie, gegevenscategorieen"
                  + waar
                  + " ORDER BY start_time DESC, volgnummer DESC LIMIT ? OFFSET ?")) {
        zet(s, betrokkene, van, tot, grootte, pagina);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ObjectNode v = results.addObject();
            v.put("traceId", r.getString(1).strip());
            v.put("spanId", r.getString(2).strip());
            v.put("parentSpanId", r.getString(3) == null ? null : r.getString(3).strip());
            v.put("naam", r.getString(4));
            v.put("start", r.getTimestamp(5).toInstant().toString());
            v.put("eind", r.getTimestamp(6).toInstant().toString());
            v.put("status", r.getString(7));
            String activiteit = r.getString(8);
            v.put("verwerkingsactiviteit", activiteit);
            ViewPolicy.Activiteit bekend = policy.activiteiten().get(activiteit);
            if (bekend != null) {
              v.put("verwerkingsactiviteitOmschrijving", bekend.omschrijving());
            }
            v.put("applicatie", r.getString(9));
            v.put("rol", r.getString(10));
            v.put("organisatie", r.getString(11));
            lijst(v.putArray("gegevenscategorieen"), r.getArray(12));
          }
        }
      }
      return uit;
    }
  }

  private ObjectNode audit(
      List<String> betrokkene, Instant van, Instant tot, int pagina, int grootte)
      throws SQLException {
    String waar =
        " FROM audit_regel WHERE (tijdstip, trace_id) IN (SELECT start_time, trace_id"
            + " FROM logboek_verwerking"
            + " WHERE data_subject_id = ANY (?::char(64)[]) AND start_time >= ? AND start_time < ?)";
    try (Connection c = dataSource.getConnection()) {
      ObjectNode uit = JSON.createObjectNode();
      uit.put("count", tel(c, "SELECT count(*)" + waar, betrokkene, van, tot));
      ArrayNode results = uit.putArray("results");
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT trace_id, tijdstip, gebruiker, rollen, applicatie, operatie,"
                  + " verwerkingsactiviteit, velden, gegevenscategorieen, status"
                  + waar
                  + " ORDER BY tijdstip DESC, volgnummer DESC LIMIT ? OFFSET ?")) {
        zet(s, betrokkene, van, tot, grootte, pagina);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ObjectNode a = results.addObject();
            a.put("traceId", r.getString(1).strip());
            a.put("tijdstip", r.getTimestamp(2).toInstant().toString());
            a.put("gebruiker", r.getString(3));
            lijst(a.putArray("rollen"), r.getArray(4));
            a.put("applicatie", r.getString(5));
            a.put("operatie", r.getString(6));
            a.put("verwerkingsactiviteit", r.getString(7));
            lijst(a.putArray("velden"), r.getArray(8));
            lijst(a.putArray("gegevenscategorieen"), r.getArray(9));
            a.put("status", r.getInt(10));
          }
        }
      }
      return uit;
    }
  }

  private static long tel(
      Connection c, String sql, List<String> betrokkene, Instant van, Instant tot)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setArray(1, s.getConnection().createArrayOf("text", betrokkene.toArray()));
      s.setTimestamp(2, Timestamp.from(van));
      s.setTimestamp(3, Timestamp.from(tot));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static void zet(
      PreparedStatement s,
      List<String> betrokkene,
      Instant van,
      Instant tot,
      int grootte,
      int pagina)
      throws SQLException {
    s.setArray(1, s.getConnection().createArrayOf("text", betrokkene.toArray()));
    s.setTimestamp(2, Timestamp.from(van));
    s.setTimestamp(3, Timestamp.from(tot));
    s.setInt(4, grootte);
    s.setLong(5, (pagina - 1L) * grootte);
  }

  private static void lijst(ArrayNode naar, Array array) throws SQLException {
    for (Object o : (Object[]) array.getArray()) {
      naar.add(String.valueOf(o));
    }
  }

  private static Instant moment(JsonNode vraag, String veld, List<InvalidParam> ongeldig) {
    JsonNode waarde = vraag.get(veld);
    if (waarde == null || waarde.isNull()) {
      ongeldig.add(new InvalidParam(veld, InvalidParam.REQUIRED, "Dit veld is verplicht."));
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(waarde.asText()).toInstant();
    } catch (DateTimeParseException e) {
      ongeldig.add(
          new InvalidParam(veld, InvalidParam.INVALID, "Een datum-tijd volgens RFC 3339."));
      return null;
    }
  }

  private static int getal(
      String naam, String waarde, int standaard, int min, int max, List<InvalidParam> ongeldig) {
    if (waarde == null || waarde.isEmpty()) {
      return standaard;
    }
    try {
      int getal = Integer.parseInt(waarde);
      if (getal >= min && getal <= max) {
        return getal;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    ongeldig.add(
        new InvalidParam(
            naam, InvalidParam.INVALID, "Een geheel getal van " + min + " tot " + max + "."));
    return standaard;
  }

  private static String link(String self, int pagina, int grootte) {
    return self + "?page=" + pagina + "&pageSize=" + grootte;
  }
}
