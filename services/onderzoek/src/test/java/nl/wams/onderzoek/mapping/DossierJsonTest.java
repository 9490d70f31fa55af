package nl.wams.onderzoek.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DossierJsonTest {

  private static final URI URL = URI.create("https://wams.example/onderzoek/v1/procedures/1");

  @Test
  void theUrlBecomesTheFirstMember() {
    assertThat(DossierJson.metUrl("{\"uuid\":\"1\",\"status\":\"ONDERZOEK\"}", URL))
        .isEqualTo(
            "{\"url\":\"https://wams.example/onderzoek/v1/procedures/1\","
                + "\"uuid\":\"1\",\"status\":\"ONDERZOEK\"}");
  }

  @Test
  void anEmptyObjectGetsOnlyTheUrl() {
    assertThat(DossierJson.metUrl("{}", URL))
        .isEqualTo("{\"url\":\"https://wams.example/onderzoek/v1/procedures/1\"}");
  }

  @Test
  void somethingElseThanAnObjectIsRefused() {
    assertThatThrownBy(() -> DossierJson.metUrl("[]", URL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierJson.metUrl("", URL))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
