package nl.wams.onderzoek.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import nl.wams.onderzoek.domain.Procedure;

/**
 * The dossier exactly as {@code GET /procedures/{uuid}} shows it, as JSON text. It is stored
 * without its own {@code url}, which depends on where the service is published, and completed with
 * it when served.
 */
@ApplicationScoped
public class DossierJson {

  private final ObjectMapper json;

  DossierJson(ObjectMapper json) {
    this.json = json;
  }

  /** The dossier as JSON without its url. */
  public String zonderUrl(Procedure procedure) {
    try {
      return json.writeValueAsString(ProcedureMapper.toApi(procedure, null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Het dossier kon niet als JSON worden geschreven.", e);
    }
  }

  /** The stored JSON (without url) as the client sees it ({@link InwonerWeergave}). */
  public String voorInwoner(String zonderUrl) {
    try {
      return json.writeValueAsString(
          InwonerWeergave.van(
              json.readValue(zonderUrl, nl.wams.onderzoek.contract.model.Procedure.class)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Het dossier kon niet als JSON worden gelezen.", e);
    }
  }

  /**
   * The stored JSON with the procedure's url as its first member. A URI never contains a quote or a
   * backslash, so it needs no escaping.
   */
  public static String metUrl(String zonderUrl, URI url) {
    if (zonderUrl.length() < 2 || zonderUrl.charAt(0) != '{') {
      throw new IllegalArgumentException("Geen JSON-object.");
    }
    String rest = zonderUrl.substring(1);
    return "{\"url\":\"" + url + "\"" + (rest.equals("}") ? "" : ",") + rest;
  }
}
