package nl.wams.crossprincipal;

import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Casusoverleg keeps no BSN, yet a partner's read of an overleg is in the Logboek Dataverwerkingen
 * of every person of its procedure: casusoverleg asks the real onderzoek who they are and names
 * them to the real gateway, which writes one row per person. The same for the overleg's report at
 * verslag. Read back through the gateway's own Logboek API, by the resident (their own BSN) and by
 * the FG (a household member's).
 */
class LogboekBetrokkenenTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static String gateway;

  @BeforeAll
  static void start() {
    gateway = EchteSuite.gateway();
  }

  @Test
  void aPartnersReadOfAnOverlegIsLoggedForEveryPersonOfItsProcedure() throws Exception {
    Instant van = Instant.now().minus(1, ChronoUnit.MINUTES);
    String bsn = nieuwBsn();
    String lid = nieuwBsn();
    String onderzoeker = Tokens.accessToken("onderzoeker-ams");

    Map<String, Object> start = new HashMap<>();
    start.put("gemeentecode", "0363");
    start.put("ingang", Map.of("soort", "HULPVRAAG"));
    start.put("betrokkene", Map.of("bsn", bsn));
    HttpResponse<String> procedure =
        stuur(onderzoeker, "wams-onderzoek", "POST", "/onderzoek/v1/procedures", start, null);
    String pad =
        "/onderzoek/v1/procedures/" + JSON.readTree(procedure.body()).path("uuid").asText();
    procedure =
        stuur(
            onderzoeker,
            "wams-onderzoek",
            "PUT",
            pad + "/reikwijdte",
            Map.of("leefgebieden", List.of("FINANCIEN")),
            etag(procedure));
    stuur(
        onderzoeker,
        "wams-onderzoek",
        "POST",
        pad + "/huishoudleden",
        Map.of("relatie", "PARTNER", "bsn", lid, "omschrijving", "Partner", "medewerking", true),
        etag(procedure));

    Map<String, Object> plan = new HashMap<>();
    plan.put("soort", "GEIDENTIFICEERD");
    plan.put("fase", "ONDERZOEK");
    plan.put("procedure", JSON.readTree(procedure.body()).path("url").asText());
    plan.put("onderwerp", "Schulden en huurachterstand");
    plan.put(
        "geplandOp",
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS).toString());
    HttpResponse<String> overleg =
        stuur(onderzoeker, "casusoverleg", "POST", "/casusoverleg/v1/overleggen", plan, null);
    String overlegPad =
        "/casusoverleg/v1/overleggen/" + JSON.readTree(overleg.body()).path("uuid").asText();
    stuur(
        onderzoeker,
        "casusoverleg",
        "POST",
        overlegPad + "/deelnemers",
        Map.of(
            "organisatie", "GGZ Noord",
            "domein", "WMO",
            "rol", "casemanager",
            "handhavend", false,
            "noodzaak", "Betrokken bij de hulp."),
        etag(overleg));

    HttpResponse<String> gelezen =
        stuur(Tokens.accessToken("partner-ggz"), "casusoverleg", "GET", overlegPad, null, null);
    // The header is internal: the gateway turns it into Logboek rows and strips it.
    assertThat(gelezen.headers().firstValue("Wams-Betrokkenen")).isEmpty();
    assertThat(gelezen.body()).doesNotContain(bsn).doesNotContain(lid);

    // The overleg is held and its report drafted and read; verslag keeps no BSN either, and names
    // the procedure's people from onderzoek as casusoverleg does.
    String ggz =
        JSON.readTree(overleg(onderzoeker, overlegPad).body())
            .path("deelnemers")
            .path(0)
            .path("id")
            .asText();
    stuur(
        onderzoeker,
        "casusoverleg",
        "POST",
        overlegPad + "/uitnodigingen",
        Afronding.clientUitgenodigd(),
        etag(overleg(onderzoeker, overlegPad)));
    stuur(
        onderzoeker,
        "casusoverleg",
        "POST",
        overlegPad + "/afronding",
        Afronding.gehoudenMet(ggz),
        etag(overleg(onderzoeker, overlegPad)));
    HttpResponse<String> verslag =
        stuur(
            onderzoeker,
            "casusoverleg",
            "POST",
            "/verslag/v1/verslagen",
            Map.of("overleg", JSON.readTree(overleg.body()).path("url").asText()),
            null);
    String verslagPad =
        "/verslag/v1/verslagen/" + JSON.readTree(verslag.body()).path("uuid").asText();
    HttpResponse<String> verslagGelezen =
        stuur(onderzoeker, "casusoverleg", "GET", verslagPad, null, null);
    assertThat(verslagGelezen.headers().firstValue("Wams-Betrokkenen")).isEmpty();

    Instant tot = Instant.now().plus(1, ChronoUnit.MINUTES);
    String inwoner = Tokens.accessToken("inwoner-" + bsn, "inwoner", Map.of("bsn", bsn));
    assertThat(leesDoorGgz(verwerkingen(inwoner, "inzage-inwoner", bsn, van, tot)))
        .as("the resident sees that GGZ Noord read the overleg about them")
        .isNotEmpty();
    assertThat(leesDoorGgz(verwerkingen(Tokens.accessToken("fg"), "verantwoording", lid, van, tot)))
        .as("the household member's Logboek has the read too")
        .isNotEmpty();
    for (String wie : List.of(bsn, lid)) {
      assertThat(
              rijen(
                  verwerkingen(Tokens.accessToken("fg"), "verantwoording", wie, van, tot),
                  "getVerslag"))
          .as("the report's read is in the Logboek of each person of the procedure")
          .isNotEmpty();
      assertThat(
              rijen(
                  verwerkingen(Tokens.accessToken("fg"), "verantwoording", wie, van, tot),
                  "createVerslag"))
          .as("so is its drafting")
          .isNotEmpty();
    }
  }

  private static HttpResponse<String> overleg(String token, String pad) throws Exception {
    return stuur(token, "casusoverleg", "GET", pad, null, null);
  }

  /** The Logboek rows of this operation, answered OK, among these. */
  private static List<JsonNode> rijen(JsonNode pagina, String operatie) {
    List<JsonNode> rijen = new ArrayList<>();
    for (JsonNode rij : pagina.path("results")) {
      if (rij.path("naam").asText().equals(operatie) && rij.path("status").asText().equals("OK")) {
        rijen.add(rij);
      }
    }
    return rijen;
  }

  /** The Logboek rows of getOverleg by GGZ Noord among these. */
  private static List<JsonNode> leesDoorGgz(JsonNode pagina) {
    List<JsonNode> rijen = new ArrayList<>();
    for (JsonNode rij : pagina.path("results")) {
      if (rij.path("naam").asText().equals("getOverleg")
          && rij.path("organisatie").asText().equals("GGZ Noord")
          && rij.path("status").asText().equals("OK")
          && rij.path("verwerkingsactiviteit").asText().equals("casusoverleg")) {
        rijen.add(rij);
      }
    }
    return rijen;
  }

  private static JsonNode verwerkingen(
      String token, String doel, String bsn, Instant van, Instant tot) throws Exception {
    HttpResponse<String> antwoord =
        stuur(
            token,
            doel,
            "POST",
            "/logboek/v1/verwerkingen/_zoek?pageSize=100",
            Map.of("bsn", bsn, "van", van.toString(), "tot", tot.toString()),
            null);
    return JSON.readTree(antwoord.body());
  }

  private static HttpResponse<String> stuur(
      String token, String doel, String method, String pad, Object body, String ifMatch)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(gateway + pad))
            .header("Authorization", "Bearer " + token)
            .header("Wams-Verwerkingsactiviteit", doel);
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    HttpResponse<String> antwoord =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(antwoord.statusCode() / 100)
        .as("%s %s: %d %s", method, pad, antwoord.statusCode(), antwoord.body())
        .isEqualTo(2);
    return antwoord;
  }

  private static String etag(HttpResponse<String> antwoord) {
    return antwoord.headers().firstValue("ETag").orElseThrow();
  }
}
