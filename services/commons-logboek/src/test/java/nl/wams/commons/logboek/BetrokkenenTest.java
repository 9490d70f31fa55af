package nl.wams.commons.logboek;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BetrokkenenTest {

  @Test
  void everyBsnFieldOfABodyIsNamedOnceInOrder() {
    String body =
        """
        {"results": [{"betrokkene": {"bsn": "999993653"}, "huishoudleden": [{"bsn":"999990019"}]},
                     {"betrokkene": {"bsn" : "999993653"}}], "omschrijving": "bsn 123456782"}
        """;
    assertThat(Betrokkenen.inJson(body)).containsExactly("999993653", "999990019");
  }

  @Test
  void aBodyWithoutBsnFieldsNamesNobody() {
    assertThat(Betrokkenen.inJson("{\"anoniem\": true, \"code\": \"999993653\"}")).isEmpty();
  }
}
