package nl.wams.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.wams.gateway.logboek.Pseudoniem;
import org.junit.jupiter.api.Test;

class PseudoniemTest {

  static final String BSN = "999993653";
  static final String EEN = "first-key-of-sixteen-or-more";
  static final String TWEE = "second-key-of-sixteen-or-more";

  @Test
  void theSameBsnUnderTheSameKeyGivesTheSamePseudonymAndAnotherKeyAnother() {
    Pseudoniem een = new Pseudoniem(EEN);
    assertThat(een.van(BSN))
        .isEqualTo(new Pseudoniem(EEN).van(BSN))
        .hasSize(64)
        .doesNotContain(BSN);
    assertThat(new Pseudoniem(TWEE).van(BSN)).isNotEqualTo(een.van(BSN));
    assertThat(een.van("999990019")).isNotEqualTo(een.van(BSN));
    assertThat(een.versie()).isEqualTo(Pseudoniem.EERSTE_VERSIE);
  }

  @Test
  void aSearchTriesTheCurrentKeyFirstThenEveryEarlierOne() {
    Pseudoniem na = new Pseudoniem("2", TWEE, Map.of("1", EEN));
    assertThat(na.versie()).isEqualTo("2");
    assertThat(na.van(BSN)).isEqualTo(new Pseudoniem(TWEE).van(BSN));
    assertThat(na.alle(BSN))
        .containsExactly(new Pseudoniem(TWEE).van(BSN), new Pseudoniem(EEN).van(BSN));
    assertThat(new Pseudoniem("2", TWEE, Map.of()).alle(BSN)).containsExactly(na.van(BSN));
  }

  @Test
  void shortKeysAReusedVersionAndAStrangeVersionAreRefusedAtStart() {
    assertThatThrownBy(() -> new Pseudoniem("kort"))
        .hasMessageContaining("wams.logboek.hmac-key")
        .hasMessageContaining("16");
    assertThatThrownBy(() -> new Pseudoniem("2", TWEE, Map.of("1", "kort")))
        .hasMessageContaining("eerdere-hmac-keys");
    assertThatThrownBy(() -> new Pseudoniem("2", TWEE, Map.of("2", EEN)))
        .hasMessageContaining("new version");
    assertThatThrownBy(() -> new Pseudoniem("twee sleutels", TWEE, Map.of()))
        .hasMessageContaining("hmac-key-versie");
  }
}
