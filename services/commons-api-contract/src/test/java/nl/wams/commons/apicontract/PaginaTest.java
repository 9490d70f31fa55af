package nl.wams.commons.apicontract;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginaTest {

  private static UriBuilder lijst() {
    return UriBuilder.fromUri("http://localhost/x/v1/dingen").queryParam("pageSize", 2);
  }

  @Test
  void linksToTheNeighboursKeepTheListsQuery() {
    Pagina<String> midden = new Pagina<>(List.of("c", "d"), 5, 2, 2);
    assertThat(midden.volgende(lijst()).toString())
        .isEqualTo("http://localhost/x/v1/dingen?pageSize=2&page=3");
    assertThat(midden.vorige(lijst()).toString())
        .isEqualTo("http://localhost/x/v1/dingen?pageSize=2&page=1");
  }

  @Test
  void theFirstHasNoPreviousAndTheLastNoNext() {
    assertThat(new Pagina<>(List.of("a", "b"), 5, 1, 2).vorige(lijst())).isNull();
    assertThat(new Pagina<>(List.of("e"), 5, 3, 2).volgende(lijst())).isNull();
    assertThat(new Pagina<>(List.of("a", "b"), 4, 2, 2).volgende(lijst())).isNull();
  }

  @Test
  void aPageOfAListInMemory() {
    List<Integer> alle = List.of(1, 2, 3, 4, 5);
    assertThat(Pagina.uit(alle, 2, 2)).isEqualTo(new Pagina<>(List.of(3, 4), 5, 2, 2));
    assertThat(Pagina.uit(alle, 4, 2).items()).isEmpty();
  }
}
