package nl.wams.verslag.api;

import static nl.wams.verslag.api.Api.CORPORATIE;
import static nl.wams.verslag.api.Api.FG;
import static nl.wams.verslag.api.Api.GGZ;
import static nl.wams.verslag.api.Api.ONDERZOEKER;
import static nl.wams.verslag.api.Api.ONDERZOEKER_UTRECHT;
import static nl.wams.verslag.api.Api.PARTNER_CORPORATIE;
import static nl.wams.verslag.api.Api.PARTNER_GGZ;
import static nl.wams.verslag.api.Api.UWV;
import static nl.wams.verslag.api.Api.als;
import static nl.wams.verslag.api.Api.fouteInvoerAls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The limited report of an overleg held at the real casusoverleg: drafted from its participants and
 * agreements, adopted (then immutable), corrected as a new version, distributed, and read by each
 * partner as its own part only - as JSON and as a PDF read back with PDFBox.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(EchtCasusoverleg.class)
class VerslagenApiTest {

  private static final String GGZ_AFSPRAAK = "GGZ Noord plant binnen twee weken een intake.";
  private static final String CORPORATIE_AFSPRAAK = "De corporatie schort de ontruiming op.";
  private static final String UWV_AFSPRAAK = "UWV bekijkt de mogelijkheden voor re-integratie.";

  private Overleg gehoudenOverleg() {
    Overleg overleg = Overleg.gepland(ONDERZOEKER);
    overleg.deelnemer(GGZ, "ZORG", false);
    overleg.deelnemer(CORPORATIE, "WONEN", true);
    overleg.deelnemer(UWV, "WERK_INKOMEN", true);
    overleg.afspraak(GGZ, GGZ_AFSPRAAK);
    overleg.afspraak(CORPORATIE, CORPORATIE_AFSPRAAK);
    overleg.afspraak(UWV, UWV_AFSPRAAK);
    overleg.gehouden();
    return overleg;
  }

  private static ExtractableResponse<Response> stelOp(Overleg overleg) {
    return als(ONDERZOEKER)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(Map.of("overleg", overleg.url))
        .post("/verslagen")
        .then()
        .statusCode(201)
        .extract();
  }

  @Test
  void draftsOfOneOverlegAtTheSameMomentGiveOneReportAndConflictsNeverAnError() throws Exception {
    Overleg overleg = gehoudenOverleg();
    List<Integer> statussen;
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Integer>> pogingen = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        pogingen.add(
            pool.submit(
                () -> {
                  start.await();
                  return als(ONDERZOEKER)
                      .header("Idempotency-Key", UUID.randomUUID().toString())
                      .body(Map.of("overleg", overleg.url))
                      .post("/verslagen")
                      .statusCode();
                }));
      }
      start.countDown();
      statussen = new java.util.ArrayList<>();
      for (var poging : pogingen) {
        statussen.add(poging.get());
      }
    }
    assertThat(statussen).containsOnly(201, 409);
    assertThat(statussen).filteredOn(s -> s == 201).hasSize(1);
  }

  @Test
  void aDraftIsAdoptedCorrectedAsANewVersionAndTheAdoptedOneNeverChanges() {
    Overleg overleg = gehoudenOverleg();
    ExtractableResponse<Response> concept = stelOp(overleg);
    String uuid = concept.path("uuid");
    assertThat((String) concept.path("status")).isEqualTo("CONCEPT");
    assertThat((Integer) concept.path("versie")).isEqualTo(1);
    assertThat(concept.jsonPath().getList("deelnemers.organisatie"))
        .containsExactlyInAnyOrder(GGZ, CORPORATIE, UWV);
    assertThat(concept.jsonPath().getList("afspraken.omschrijving"))
        .containsExactlyInAnyOrder(GGZ_AFSPRAAK, CORPORATIE_AFSPRAAK, UWV_AFSPRAAK);
    // The limited report: nothing of the overleg beyond participants and agreements.
    assertThat(concept.asString()).doesNotContain("Afstemming rond schulden", "noodzaak");

    ExtractableResponse<Response> vastgesteld =
        als(ONDERZOEKER)
            .header("If-Match", concept.header("ETag"))
            .post("/verslagen/" + uuid + "/vaststelling")
            .then()
            .statusCode(200)
            .body("status", equalTo("VASTGESTELD"))
            .body("vastgesteldDoor", equalTo(ONDERZOEKER))
            .extract();

    // Adopting twice is a conflict; a stale ETag 412; none 428.
    als(ONDERZOEKER)
        .header("If-Match", vastgesteld.header("ETag"))
        .post("/verslagen/" + uuid + "/vaststelling")
        .then()
        .statusCode(409);
    als(ONDERZOEKER)
        .header("If-Match", concept.header("ETag"))
        .post("/verslagen/" + uuid + "/vernieuwing")
        .then()
        .statusCode(412);
    fouteInvoerAls(ONDERZOEKER).post("/verslagen/" + uuid + "/vernieuwing").then().statusCode(428);

    // The overleg changes later; the adopted version does not. A correction is version 2.
    overleg.afspraak(GGZ, "GGZ Noord belt de huisarts.");
    ExtractableResponse<Response> correctie =
        als(ONDERZOEKER)
            .header("If-Match", vastgesteld.header("ETag"))
            .post("/verslagen/" + uuid + "/vernieuwing")
            .then()
            .statusCode(200)
            .body("versie", equalTo(2))
            .body("status", equalTo("CONCEPT"))
            .extract();
    assertThat(correctie.jsonPath().getList("afspraken.omschrijving"))
        .contains("GGZ Noord belt de huisarts.");
    JsonPath versie1 =
        als(ONDERZOEKER)
            .get("/verslagen/" + uuid + "/versies/1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(versie1.getString("status")).isEqualTo("VASTGESTELD");
    assertThat(versie1.getList("afspraken.omschrijving"))
        .containsExactlyInAnyOrder(GGZ_AFSPRAAK, CORPORATIE_AFSPRAAK, UWV_AFSPRAAK);
    als(ONDERZOEKER).get("/verslagen/" + uuid + "/versies/3").then().statusCode(404);
  }

  @Test
  void eachPartnerReadsOnlyItsOwnPartOnceDistributed() {
    Overleg overleg = gehoudenOverleg();
    ExtractableResponse<Response> concept = stelOp(overleg);
    String uuid = concept.path("uuid");
    String ggz = overleg.deelnemers.get(GGZ);
    String corporatie = overleg.deelnemers.get(CORPORATIE);

    String etag =
        als(ONDERZOEKER)
            .header("If-Match", concept.header("ETag"))
            .post("/verslagen/" + uuid + "/vaststelling")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");

    // Not yet distributed: the partner gets nothing.
    als(PARTNER_GGZ).get("/verslagen/" + uuid + "/delen/" + ggz).then().statusCode(403);

    ExtractableResponse<Response> verstrekt =
        als(ONDERZOEKER)
            .header("If-Match", etag)
            .post("/verslagen/" + uuid + "/verstrekkingen")
            .then()
            .statusCode(200)
            .extract();
    assertThat(verstrekt.jsonPath().getList("results.organisatie"))
        .containsExactlyInAnyOrder(GGZ, CORPORATIE, UWV);
    als(ONDERZOEKER)
        .header("If-Match", verstrekt.header("ETag"))
        .post("/verslagen/" + uuid + "/verstrekkingen")
        .then()
        .statusCode(409);

    JsonPath deel =
        als(PARTNER_GGZ)
            .get("/verslagen/" + uuid + "/delen/" + ggz)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(deel.getString("deelnemer.organisatie")).isEqualTo(GGZ);
    assertThat(deel.getList("deelnemers.organisatie"))
        .containsExactlyInAnyOrder(GGZ, CORPORATIE, UWV);
    assertThat(deel.getList("afspraken.omschrijving")).containsExactly(GGZ_AFSPRAAK);

    // Another participant's part, the full report, another municipality: refused.
    als(PARTNER_GGZ).get("/verslagen/" + uuid + "/delen/" + corporatie).then().statusCode(403);
    als(PARTNER_GGZ).get("/verslagen/" + uuid).then().statusCode(403);
    als(ONDERZOEKER_UTRECHT).get("/verslagen/" + uuid).then().statusCode(403);
    als(FG).get("/verslagen/" + uuid + "/delen/" + ggz).then().statusCode(403);

    // The partner's list shows the report with its own agreements only.
    JsonPath lijst =
        als(PARTNER_CORPORATIE)
            .get("/verslagen?overleg=" + overleg.url)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(lijst.getInt("count")).isEqualTo(1);
    assertThat(lijst.getString("results[0].vastgesteldDoor")).isNull();
    assertThat(lijst.getList("results[0].afspraken.omschrijving"))
        .containsExactly(CORPORATIE_AFSPRAAK);

    // The PDF of the part holds every participant and its own agreement, nothing of the others'.
    byte[] pdf =
        als(PARTNER_CORPORATIE)
            .accept("application/pdf")
            .get("/verslagen/" + uuid + "/delen/" + corporatie)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    String tekst = tekst(pdf);
    assertThat(tekst).contains(GGZ, CORPORATIE, UWV, CORPORATIE_AFSPRAAK);
    assertThat(tekst).doesNotContain(GGZ_AFSPRAAK, UWV_AFSPRAAK);

    // The organiser's PDF of the whole report holds all agreements.
    String geheel =
        tekst(
            als(ONDERZOEKER)
                .accept("application/pdf")
                .get("/verslagen/" + uuid)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(geheel).contains(GGZ_AFSPRAAK, CORPORATIE_AFSPRAAK, UWV_AFSPRAAK);

    JsonPath verstrekkingen =
        als(ONDERZOEKER)
            .get("/verslagen/" + uuid + "/verstrekkingen")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(verstrekkingen.getList("results.versie", Integer.class)).containsOnly(1);
  }

  @Test
  void onlyTheOrganiserDraftsAndOnlyOfAHeldOverleg() {
    Overleg gepland = Overleg.gepland(ONDERZOEKER);
    gepland.deelnemer(GGZ, "ZORG", false);
    als(ONDERZOEKER).body(Map.of("overleg", gepland.url)).post("/verslagen").then().statusCode(409);
    als(PARTNER_GGZ).body(Map.of("overleg", gepland.url)).post("/verslagen").then().statusCode(403);
    // Casusoverleg itself refuses another municipality's onderzoeker.
    Overleg gehouden = gehoudenOverleg();
    als(ONDERZOEKER_UTRECHT)
        .body(Map.of("overleg", gehouden.url))
        .post("/verslagen")
        .then()
        .statusCode(403);
    List<String> codes =
        als(ONDERZOEKER)
            .body(Map.of("overleg", "http://elders.invalid/overleggen/" + UUID.randomUUID()))
            .post("/verslagen")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getList("invalidParams.code");
    assertThat(codes).containsExactly("geen-overleg");
    // One report per overleg.
    stelOp(gehouden);
    als(ONDERZOEKER)
        .body(Map.of("overleg", gehouden.url))
        .post("/verslagen")
        .then()
        .statusCode(409);
  }

  static String tekst(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
