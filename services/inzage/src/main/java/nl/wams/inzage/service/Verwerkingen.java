package nl.wams.inzage.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import nl.wams.commons.problem.ProblemException;
import nl.wams.inzage.client.Bronnen;
import nl.wams.inzage.domain.Termijn;

/**
 * "Who used my data": the Logboek entries about the resident, from the gateway's read API with the
 * resident's own token (the gateway allows only the token's own BSN and logs the search itself).
 * The caller's user name never reaches the resident; the Logboek does not give it.
 */
@ApplicationScoped
public class Verwerkingen {

  private final Bronnen bronnen;
  private final ObjectMapper json;

  Verwerkingen(Bronnen bronnen, ObjectMapper json) {
    this.bronnen = bronnen;
    this.json = json;
  }

  /** A period of whole Dutch days; default the last 12 months up to today. */
  public record Periode(LocalDate van, LocalDate tot) {
    public static Periode van(LocalDate van, LocalDate tot, LocalDate vandaag) {
      LocalDate t = tot == null ? vandaag : tot;
      LocalDate v = van == null ? t.minusYears(1) : van;
      if (!v.isBefore(t.plusDays(1))) {
        throw ProblemException.invalid("van", "invalid", "De begindatum ligt na de einddatum.");
      }
      return new Periode(v, t);
    }
  }

  public ObjectNode pagina(String token, String bsn, Periode periode, int page, int pageSize) {
    String van = periode.van().atStartOfDay(Termijn.NL).toInstant().toString();
    String tot =
        ZonedDateTime.of(periode.tot().plusDays(1).atStartOfDay(), Termijn.NL)
            .toInstant()
            .minusSeconds(1)
            .toString();
    JsonNode logboek = bronnen.verwerkingen(token, bsn, van, tot, page, pageSize);
    ObjectNode pagina = json.createObjectNode();
    pagina.put("count", logboek.path("count").asLong());
    ArrayNode results = pagina.putArray("results");
    for (JsonNode v : logboek.path("results")) {
      ObjectNode r = results.addObject();
      r.set("moment", v.get("start"));
      if (v.hasNonNull("naam")) {
        r.set("handeling", v.get("naam"));
      }
      r.set("verwerkingsactiviteit", v.get("verwerkingsactiviteit"));
      if (v.hasNonNull("verwerkingsactiviteitOmschrijving")) {
        r.set("verwerkingsactiviteitOmschrijving", v.get("verwerkingsactiviteitOmschrijving"));
      }
      r.set("applicatie", v.get("applicatie"));
      r.set("organisatie", v.hasNonNull("organisatie") ? v.get("organisatie") : null);
      r.set(
          "gegevenscategorieen",
          v.has("gegevenscategorieen") ? v.get("gegevenscategorieen") : json.createArrayNode());
      r.set("status", v.get("status"));
    }
    return pagina;
  }
}
