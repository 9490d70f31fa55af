package nl.wams.commons.bsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

  @ParameterizedTest
  // RvIG test BSNs and hand-checked numbers: 9*9+9*8+9*7+9*6+9*5+3*4+6*3+5*2-3 = 352 = 32*11.
  @ValueSource(strings = {"999993653", "111222333", "123456782", "999990019"})
  void acceptsNumbersThatPassTheElfproef(String value) {
    assertThat(Bsn.isValid(value)).isTrue();
    assertThat(Bsn.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "999993654", // last digit off by one
        "123456789", // fails the check
        "000000000", // sums to zero
        "99999365", // eight digits
        "9999936530", // ten digits
        "99999365a",
        " 99999365",
        "-99993653"
      })
  void rejectsEverythingElse(String value) {
    assertThat(Bsn.isValid(value)).isFalse();
    assertThatThrownBy(() -> Bsn.of(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverPrintsTheFullNumber() {
    assertThat(Bsn.of("999993653").toString()).isEqualTo("******653").doesNotContain("999993");
  }
}
