package nl.wams.coordinatie.api;

import static nl.wams.commons.test.TestBsn.nieuwBsn;
import static nl.wams.coordinatie.api.Api.ONDERZOEKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wams.commons.logboek.Betrokkenen;
import nl.wams.commons.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What naming the data subjects costs, run on demand only (the name does not match surefire's test
 * patterns): a page of 20 aanpakken and a single aanpak, against the real onderzoek, with the
 * look-up cache off (every answer asks onderzoek: 20 concurrent look-ups for the page) and on (the
 * default; warm). A request to the coordinator pool, which names nobody, is the baseline. Prints
 * p50, p95 and max per case; asserts only that the header is there.
 *
 * <pre>
 * ./mvnw -pl services/coordinatie -am test -Dtest='Betrokkenen*Benchmark' \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@TestProfile(BetrokkenenBenchmark.ZonderCache.class)
class BetrokkenenBenchmark {

  static final int WARM = 10;
  static final int METINGEN = Integer.getInteger("wams.bench.n", 50);
  static final int PAGINA = 20;

  @Test
  void withoutCache() {
    meet("cache off");
  }

  static void meet(String wijze) {
    List<URI> procedures = new ArrayList<>();
    while (procedures.size() < PAGINA) {
      procedures.add(
          URI.create(
              CoordinatieScenarioTest.conclusie(
                      List.of("FINANCIEN:WGS", "ZELFREDZAAMHEID:WMO"), false, nieuwBsn())
                  .path("url")));
    }
    String aanpak = null;
    for (URI procedure : procedures) {
      aanpak = Api.maakAanpak(procedure).path("uuid");
    }
    String token = Tokens.accessToken(ONDERZOEKER);
    String een = aanpak;
    Supplier<Response> pagina =
        () ->
            RestAssured.given()
                .basePath(Api.BASE)
                .auth()
                .oauth2(token)
                .queryParam("pageSize", PAGINA)
                .get("/aanpakken");
    assertThat(pagina.get().header(Betrokkenen.HEADER).split(",")).hasSize(2 * PAGINA);
    rapport(wijze, "GET /aanpakken?pageSize=20 (40 people)", pagina);
    rapport(
        wijze,
        "GET /aanpakken/{uuid} (2 people)",
        () -> RestAssured.given().basePath(Api.BASE).auth().oauth2(token).get("/aanpakken/" + een));
    rapport(
        wijze,
        "GET /coordinatoren (names nobody)",
        () -> RestAssured.given().basePath(Api.BASE).auth().oauth2(token).get("/coordinatoren"));
  }

  private static void rapport(String wijze, String naam, Supplier<Response> verzoek) {
    for (int i = 0; i < WARM; i++) {
      assertThat(verzoek.get().statusCode()).isEqualTo(200);
    }
    long[] ms = new long[METINGEN];
    for (int i = 0; i < METINGEN; i++) {
      long start = System.nanoTime();
      assertThat(verzoek.get().statusCode()).isEqualTo(200);
      ms[i] = (System.nanoTime() - start) / 100_000;
    }
    java.util.Arrays.sort(ms);
    System.out.printf(
        "BENCH %-9s %-42s n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n",
        wijze,
        naam,
        METINGEN,
        ms[METINGEN / 2] / 10.0,
        ms[(int) Math.ceil(METINGEN * 0.95) - 1] / 10.0,
        ms[METINGEN - 1] / 10.0);
  }

  /** The real onderzoek, and the look-up cache off. */
  public static class ZonderCache extends MetEchtOnderzoek {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new java.util.HashMap<>(super.getConfigOverrides());
      config.put("wams.onderzoek.betrokkenen.cache-size", "0");
      return config;
    }
  }
}
