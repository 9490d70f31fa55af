package nl.wams.casusoverleg.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnInTekstTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "999993653",
        "Cliënt met BSN 999993653 heeft schulden.",
        "bsn:999993653.",
        "9999.93.653",
        "999 993 653",
        "999-993-653",
        "(999993653)",
        "Eerst 123456789 (geen elfproef), dan 999990019"
      })
  void findsAValidBsnStandingOnItsOwn(String tekst) {
    assertThat(BsnInTekst.bevat(tekst)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Gezin met drie kinderen, schulden en schooluitval.",
        "123456789",
        "999993654",
        "9999936530",
        "1999993653",
        "NL91ABNA0417164300",
        "bel 0612345678 of 020-5551234",
        "geboren 12-03-2015, postcode 1234 AB",
        "12 999 993 653",
        "999 993 653 1"
      })
  void findsNoBsnWhereThereIsNone(String tekst) {
    assertThat(BsnInTekst.bevat(tekst)).isFalse();
  }
}
