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

  @Test
  void onlyANineDigitStringCountsWhateverTheWhitespace() {
    String body =
        """
        [{"bsn":\n\t "999993653"}, {"bsn": "99999365"}, {"bsn": "9999936530"}, {"bsn": 999990019},
         {"bsn": null}, {"bsnAnders": "999990019"}, {"bsn": "99999001x"}, {"bsn"  :  "999990019"}]
        """;
    assertThat(Betrokkenen.inJson(body)).containsExactly("999993653", "999990019");
    assertThat(Betrokkenen.inJson("{\"bsn\": \"99999365")).isEmpty();
    assertThat(Betrokkenen.inJson("{\"bsn\": \"999993653\"")).containsExactly("999993653");
  }
}
