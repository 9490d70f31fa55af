package nl.wams.meldpunt.api;

import static nl.wams.meldpunt.api.Aanmeldingen.api;
import static nl.wams.meldpunt.api.Aanmeldingen.create;
import static nl.wams.meldpunt.api.Aanmeldingen.gemeente;
import static nl.wams.meldpunt.api.Aanmeldingen.hulpvraag;
import static nl.wams.meldpunt.api.Aanmeldingen.melding;
import static nl.wams.meldpunt.api.Aanmeldingen.triage;
import static nl.wams.meldpunt.api.Aanmeldingen.verzoek;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The happy paths of the meldpunt, each exchange checked against the contract. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class AanmeldingenApiTest {

  @Test
  void registersAMeldingWithReceiptLocationAndEtag() {
    ExtractableResponse<Response> created = create(melding(gemeente())).extract();

    String uuid = created.path("uuid");
    assertThat(created.header("Location")).endsWith("/meldpunt/v1/aanmeldingen/" + uuid);
    assertThat(created.<String>path("url")).isEqualTo(created.header("Location"));
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    assertThat(created.<String>path("status")).isEqualTo("NIEUW");
    assertThat(created.<String>path("kenmerk")).matches("WMP-[0-9A-Z]{5}-[0-9A-Z]{5}");
    assertThat(created.<String>path("betrokkene.bsn")).isEqualTo(Aanmeldingen.BSN);
    assertThat(created.<String>path("melder.naam")).isEqualTo("J. de Vries");

    api()
        .get("/aanmeldingen/{uuid}", uuid)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("uuid", equalTo(uuid))
        .body("soort", equalTo("MELDING"))
        .body("triage", nullValue());
  }

  @Test
  void registersAHulpvraagAVerzoekAndAnAnonymousMelding() {
    String gemeente = gemeente();
    create(hulpvraag(gemeente)).body("sdWet", equalTo("WMO"));
    create(verzoek(gemeente))
        .body("melder.organisatie", equalTo("Woningcorporatie Thuis"))
        .body("betrokkene.omschrijving", startsWith("Gezin"));
    Map<String, Object> anoniem = melding(gemeente);
    anoniem.put("melder", Map.of("soort", "ANONIEM"));
    create(anoniem).body("melder.soort", equalTo("ANONIEM")).body("melder.naam", nullValue());

    api()
        .queryParam("gemeentecode", gemeente)
        .get("/aanmeldingen")
        .then()
        .statusCode(200)
        .body("count", equalTo(3));
  }

  @Test
  void theReceiptTellsNothingAboutTheCase() {
    ExtractableResponse<Response> created = create(melding(gemeente())).extract();

    Map<String, Object> receipt =
        api()
            .get("/aanmeldingen/{uuid}/ontvangstbewijs", created.<String>path("uuid"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    assertThat(receipt).containsOnlyKeys("kenmerk", "ontvangenOp", "tekst");
    assertThat(receipt.get("kenmerk")).isEqualTo(created.path("kenmerk"));
    assertThat(receipt.toString()).doesNotContain(Aanmeldingen.BSN, "Vries", "Buurman");
  }

  @Test
  void correctsAnAanmeldingBeforeTriageWithIfMatch() {
    ExtractableResponse<Response> created = create(melding(gemeente())).extract();
    Map<String, Object> corrected = melding(created.path("gemeentecode"));
    corrected.put("urgentie", "VERHOOGD");

    api()
        .header("If-Match", created.header("ETag"))
        .body(corrected)
        .put("/aanmeldingen/{uuid}", created.<String>path("uuid"))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("urgentie", equalTo("VERHOOGD"))
        .body("kenmerk", equalTo(created.path("kenmerk")));
  }

  @Test
  void triageRecordsEachDecision() {
    String gemeente = gemeente();
    ExtractableResponse<Response> hulpvraag = create(hulpvraag(gemeente)).extract();
    triage(
            hulpvraag.path("uuid"),
            hulpvraag.header("ETag"),
            Map.of(
                "besluit", "ONDERZOEK_STARTEN",
                "motivering", "Problemen op meerdere leefgebieden; cliënt wil onderzoek.",
                "clientWilOnderzoek", true))
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("BEOORDEELD"))
        .body("triage.besluit", equalTo("ONDERZOEK_STARTEN"))
        .body("triage.clientWilOnderzoek", equalTo(true))
        .body("triage.beoordeeldOp", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*"));

    Map<String, Object> acuut = melding(gemeente);
    acuut.put("urgentie", "ACUUT");
    ExtractableResponse<Response> acute = create(acuut).extract();
    triage(
            acute.path("uuid"),
            acute.header("ETag"),
            Map.of(
                "besluit", "DOORVERWIJZEN",
                "doorverwezenNaar", "CRISISDIENST",
                "motivering", "Acuut gevaar; crisisdienst ingeschakeld."))
        .statusCode(200)
        .body("triage.doorverwezenNaar", equalTo("CRISISDIENST"));

    ExtractableResponse<Response> verzoek = create(verzoek(gemeente)).extract();
    triage(
            verzoek.path("uuid"),
            verzoek.header("ETag"),
            Map.of(
                "besluit", "DOORVERWIJZEN",
                "doorverwezenNaar", "ANDER_LOKET",
                "loket", "Schuldhulpverlening",
                "motivering", "Alleen schulden; hoort bij het schuldhulploket."))
        .statusCode(200)
        .body("triage.loket", equalTo("Schuldhulpverlening"));

    ExtractableResponse<Response> melding = create(melding(gemeente)).extract();
    triage(
            melding.path("uuid"),
            melding.header("ETag"),
            Map.of("besluit", "GEEN_ACTIE", "motivering", "Al bekend en in behandeling."))
        .statusCode(200)
        .body("triage.besluit", equalTo("GEEN_ACTIE"));

    api()
        .queryParam("gemeentecode", gemeente)
        .queryParam("status", "BEOORDEELD")
        .get("/aanmeldingen")
        .then()
        .statusCode(200)
        .body("count", equalTo(4));
  }

  @Test
  void listsArePagedNewestFirstWithLinksAndFilters() {
    String gemeente = gemeente();
    for (int i = 0; i < 5; i++) {
      create(i % 2 == 0 ? melding(gemeente) : hulpvraag(gemeente));
    }

    ExtractableResponse<Response> first =
        api()
            .queryParam("gemeentecode", gemeente)
            .queryParam("pageSize", 2)
            .get("/aanmeldingen")
            .then()
            .statusCode(200)
            .body("count", equalTo(5))
            .body("results.size()", equalTo(2))
            .body("previous", nullValue())
            .extract();
    String next = first.path("next");
    assertThat(next).contains("page=2").contains("pageSize=2").contains("gemeentecode=" + gemeente);

    List<String> ontvangen = first.jsonPath().getList("results.ontvangenOp");
    assertThat(ontvangen.get(0)).isGreaterThanOrEqualTo(ontvangen.get(1));

    ExtractableResponse<Response> last =
        api()
            .queryParam("gemeentecode", gemeente)
            .queryParam("pageSize", 2)
            .queryParam("page", 3)
            .get("/aanmeldingen")
            .then()
            .statusCode(200)
            .body("results.size()", equalTo(1))
            .body("next", nullValue())
            .extract();
    assertThat(last.<String>path("previous")).contains("page=2");

    api()
        .queryParam("gemeentecode", gemeente)
        .queryParam("soort", "HULPVRAAG")
        .get("/aanmeldingen")
        .then()
        .statusCode(200)
        .body("count", equalTo(2));
  }

  @Test
  void searchesByBsnInTheBodyNeverTheUrl() {
    String gemeente = gemeente();
    create(melding(gemeente));
    create(hulpvraag(gemeente));

    List<String> bsns =
        api()
            .body(Map.of("bsn", Aanmeldingen.ANDER_BSN))
            .post("/aanmeldingen/_zoek")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("results.betrokkene.bsn");
    assertThat(bsns).isNotEmpty().containsOnly(Aanmeldingen.ANDER_BSN);
  }

  @Test
  void theSameIdempotencyKeyCreatesOnce() {
    String gemeente = gemeente();
    Map<String, Object> body = melding(gemeente);

    String first =
        api()
            .header("Idempotency-Key", "melding-" + gemeente)
            .body(body)
            .post("/aanmeldingen")
            .then()
            .statusCode(201)
            .extract()
            .path("uuid");
    api()
        .header("Idempotency-Key", "melding-" + gemeente)
        .body(body)
        .post("/aanmeldingen")
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .header("Location", startsWith("http"))
        .body("uuid", equalTo(first));

    api()
        .queryParam("gemeentecode", gemeente)
        .get("/aanmeldingen")
        .then()
        .body("count", equalTo(1));
  }
}
