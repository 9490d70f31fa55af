package nl.wams.verslag.api;

import static nl.wams.verslag.api.Api.GGZ;
import static nl.wams.verslag.api.Api.ONDERZOEKER;
import static nl.wams.verslag.api.Api.PARTNER_GGZ;
import static nl.wams.verslag.api.Api.als;
import static nl.wams.verslag.api.Api.fouteInvoerAls;
import static nl.wams.verslag.api.BetrokkenenApiTest.genoemd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wams.commons.test.EchteDienst;
import nl.wams.commons.test.KeycloakTestResource;
import nl.wams.commons.test.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When onderzoek cannot be reached, verslag cannot say whom a report is about, so it discloses and
 * changes nothing of a report about a procedure: 503 problem+json with Retry-After, nobody named.
 * verslag reaches the real onderzoek here through a pass-through ({@link Doorgang}) that the test
 * closes; the names are not cached, so every answer asks. A report of an anonymous overleg needs no
 * onderzoek.
 */
@QuarkusTest
@TestProfile(OnderzoekOnbereikbaarTest.OnderzoekAchterDoorgang.class)
class OnderzoekOnbereikbaarTest {

  private static final String POORT = "verslag-onderzoek-doorgang";

  private static Doorgang doorgang;

  @BeforeAll
  static void openDoorgang() {
    doorgang = new Doorgang(EchteDienst.vastePoort(POORT), EchtCasusoverleg.onderzoekUrl());
    doorgang.open();
  }

  @AfterAll
  static void sluitDoorgang() {
    doorgang.close();
  }

  @Test
  void aReportAboutAProcedureIsNeitherDisclosedNorChangedWhileOnderzoekCannotBeReached() {
    Procedures.Procedure procedure = Procedures.inOnderzoek(1);
    // While onderzoek answers: one report distributed, one adopted, one drafted.
    Overleg verstrekt = Overleg.gehouden(procedure.url());
    String sleutel = UUID.randomUUID().toString();
    ExtractableResponse<Response> eerste = stelOp(verstrekt, sleutel);
    assertThat(genoemd(eerste)).isEqualTo(procedure.mensen());
    String a = "/verslagen/" + eerste.path("uuid");
    String etagA =
        wijzig(a + "/verstrekkingen", wijzig(a + "/vaststelling", eerste.header("ETag")));
    ExtractableResponse<Response> tweede = stelOp(Overleg.gehouden(procedure.url()), null);
    String b = "/verslagen/" + tweede.path("uuid");
    String etagB = wijzig(b + "/vaststelling", tweede.header("ETag"));
    ExtractableResponse<Response> derde = stelOp(Overleg.gehouden(procedure.url()), null);
    String c = "/verslagen/" + derde.path("uuid");
    String etagC = derde.header("ETag");
    Overleg zonderVerslag = Overleg.gehouden(procedure.url());
    String deel = a + "/delen/" + verstrekt.deelnemers.get(GGZ);

    doorgang.dicht();
    try {
      onbeschikbaar(fouteInvoerAls(ONDERZOEKER).get(a));
      onbeschikbaar(fouteInvoerAls(ONDERZOEKER).accept("application/pdf").get(a));
      onbeschikbaar(fouteInvoerAls(ONDERZOEKER).get(a + "/versies/1"));
      onbeschikbaar(fouteInvoerAls(ONDERZOEKER).get(a + "/verstrekkingen"));
      onbeschikbaar(fouteInvoerAls(ONDERZOEKER).get(deel));
      onbeschikbaar(fouteInvoerAls(PARTNER_GGZ).get(deel));
      onbeschikbaar(fouteInvoerAls(PARTNER_GGZ).accept("application/pdf").get(deel));
      onbeschikbaar(
          fouteInvoerAls(ONDERZOEKER).queryParam("overleg", verstrekt.url).get("/verslagen"));
      onbeschikbaar(
          fouteInvoerAls(PARTNER_GGZ).queryParam("overleg", verstrekt.url).get("/verslagen"));
      // The stored answer of a creation is not replayed either.
      onbeschikbaar(
          fouteInvoerAls(ONDERZOEKER)
              .header("Idempotency-Key", sleutel)
              .body(Map.of("overleg", verstrekt.url))
              .post("/verslagen"));

      onbeschikbaar(fouteInvoerAls(ONDERZOEKER).header("If-Match", etagA).post(a + "/vernieuwing"));
      onbeschikbaar(
          fouteInvoerAls(ONDERZOEKER).header("If-Match", etagB).post(b + "/verstrekkingen"));
      onbeschikbaar(
          fouteInvoerAls(ONDERZOEKER).header("If-Match", etagC).post(c + "/vaststelling"));
      onbeschikbaar(
          fouteInvoerAls(ONDERZOEKER)
              .header("Idempotency-Key", UUID.randomUUID().toString())
              .body(Map.of("overleg", zonderVerslag.url))
              .post("/verslagen"));
      // An empty list discloses nothing and needs nobody named.
      geenVerslagen(zonderVerslag);
    } finally {
      doorgang.open();
    }

    // Onderzoek back: nothing was changed, nothing drafted.
    ExtractableResponse<Response> nuA = ok(als(ONDERZOEKER).get(a));
    assertThat(nuA.header("ETag")).isEqualTo(etagA);
    assertThat((Integer) nuA.path("versie")).isEqualTo(1);
    assertThat(ok(als(ONDERZOEKER).get(b + "/verstrekkingen")).jsonPath().getList("results"))
        .isEmpty();
    ExtractableResponse<Response> nuC = ok(als(ONDERZOEKER).get(c));
    assertThat((String) nuC.path("status")).isEqualTo("CONCEPT");
    assertThat(nuC.header("ETag")).isEqualTo(etagC);
    assertThat(genoemd(nuC)).isEqualTo(procedure.mensen());
    geenVerslagen(zonderVerslag);
  }

  private static void geenVerslagen(Overleg overleg) {
    als(ONDERZOEKER)
        .queryParam("overleg", overleg.url)
        .get("/verslagen")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
  }

  @Test
  void anAnonymousOverlegsReportNeedsNoOnderzoek() {
    Overleg anoniem = Overleg.gehouden(null);
    doorgang.dicht();
    try {
      ExtractableResponse<Response> concept = stelOp(anoniem, UUID.randomUUID().toString());
      assertThat(genoemd(concept)).isEmpty();
      String verslag = "/verslagen/" + concept.path("uuid");
      String etag = wijzig(verslag + "/vaststelling", concept.header("ETag"));
      wijzig(verslag + "/verstrekkingen", etag);
      assertThat(genoemd(ok(als(ONDERZOEKER).get(verslag)))).isEmpty();
      assertThat(
              genoemd(ok(als(PARTNER_GGZ).get(verslag + "/delen/" + anoniem.deelnemers.get(GGZ)))))
          .isEmpty();
    } finally {
      doorgang.open();
    }
  }

  /** 503 problem+json with Retry-After, nobody named, nothing of the report. */
  private static void onbeschikbaar(Response antwoord) {
    ExtractableResponse<Response> uit =
        antwoord
            .then()
            .statusCode(503)
            .contentType("application/problem+json")
            .header("Retry-After", "5")
            .extract();
    assertThat(genoemd(uit)).isEmpty();
    assertThat(uit.asString()).doesNotContain(GGZ, "intake", "ontruiming");
  }

  /** Drafts the overleg's report (with this Idempotency-Key, if any). */
  private static ExtractableResponse<Response> stelOp(Overleg overleg, String sleutel) {
    RequestSpecification verzoek = als(ONDERZOEKER);
    if (sleutel != null) {
      verzoek.header("Idempotency-Key", sleutel);
    }
    return verzoek
        .body(Map.of("overleg", overleg.url))
        .post("/verslagen")
        .then()
        .statusCode(201)
        .extract();
  }

  /** A change of a report (adopt, distribute) with this ETag; its new ETag. */
  private static String wijzig(String pad, String etag) {
    return ok(als(ONDERZOEKER).header("If-Match", etag).post(pad)).header("ETag");
  }

  private static ExtractableResponse<Response> ok(Response antwoord) {
    return antwoord.then().statusCode(200).extract();
  }

  /**
   * verslag with the real casusoverleg, and the real onderzoek behind the pass-through for its own
   * calls (casusoverleg reaches onderzoek directly).
   */
  public static class OnderzoekAchterDoorgang implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(PostgresTestResource.class),
          new TestResourceEntry(KeycloakTestResource.class),
          new TestResourceEntry(Bronnen.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  /**
   * Where verslag finds its sources in this profile: procedure URLs stay those of the real
   * onderzoek ({@code public-url}); no cache, so each answer asks onderzoek.
   */
  public static class Bronnen implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
      return Map.of(
          "wams.casusoverleg.url",
          EchtCasusoverleg.url() + "/casusoverleg/v1",
          "wams.onderzoek.url",
          "http://localhost:" + EchteDienst.vastePoort(POORT) + "/onderzoek/v1",
          "wams.onderzoek.public-url",
          EchtCasusoverleg.onderzoekUrl() + "/onderzoek/v1",
          "wams.onderzoek.betrokkenen.cache-size",
          "0");
    }

    @Override
    public void stop() {
      // casusoverleg and onderzoek live as long as the test JVM.
    }
  }
}
