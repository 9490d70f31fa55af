package nl.wams.onderzoek.domain;

import static nl.wams.onderzoek.domain.Domein.JEUGDWET;
import static nl.wams.onderzoek.domain.Domein.PARTICIPATIEWET;
import static nl.wams.onderzoek.domain.Domein.VEILIGHEID;
import static nl.wams.onderzoek.domain.Domein.WGS;
import static nl.wams.onderzoek.domain.Domein.WMO;
import static nl.wams.onderzoek.domain.Domein.WONEN;
import static nl.wams.onderzoek.domain.Domein.ZORG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of table 4.1 / 4.2, step 3 (003 §4.3.1.1). */
class CoordinatieregelTest {

  static List<Arguments> tabel41() {
    return List.of(
        // "Als in twee SD wetten, dan moet gemeente coördineren"
        Arguments.of(List.of(WMO, WGS), true, Uitkomst.COORDINATIE_VERPLICHT),
        Arguments.of(
            List.of(JEUGDWET, PARTICIPATIEWET, ZORG), true, Uitkomst.COORDINATIE_VERPLICHT),
        Arguments.of(List.of(WMO, WMO, WGS, WGS), true, Uitkomst.COORDINATIE_VERPLICHT),
        // "Als 1 SD wet & 1 aanpalend domein, dan kan gemeente coördineren"
        Arguments.of(List.of(WMO, WONEN), true, Uitkomst.COORDINATIE_OPTIONEEL),
        Arguments.of(List.of(WGS, ZORG, VEILIGHEID), true, Uitkomst.COORDINATIE_OPTIONEEL),
        // "b. Nee, dan enkelvoudig oplossen": multiple problems, no coordinated approach desirable
        Arguments.of(List.of(WMO, WGS), false, Uitkomst.ENKELVOUDIG),
        Arguments.of(List.of(WMO, WONEN), false, Uitkomst.ENKELVOUDIG),
        // Only adjacent domains: no sociaal-domeinwet, so no Wams coordination
        Arguments.of(List.of(ZORG, WONEN), true, Uitkomst.ENKELVOUDIG),
        // One domain (however many problems), or none: no meervoudige problematiek
        Arguments.of(List.of(WMO), true, Uitkomst.GEEN_MEERVOUDIGE_PROBLEMATIEK),
        Arguments.of(List.of(WMO, WMO), true, Uitkomst.GEEN_MEERVOUDIGE_PROBLEMATIEK),
        Arguments.of(List.of(ZORG), true, Uitkomst.GEEN_MEERVOUDIGE_PROBLEMATIEK),
        Arguments.of(List.of(), true, Uitkomst.GEEN_MEERVOUDIGE_PROBLEMATIEK));
  }

  @ParameterizedTest(name = "{0}, wenselijk={1} -> {2}")
  @MethodSource("tabel41")
  void decidesCoordinationByTable41(List<Domein> domeinen, boolean wenselijk, Uitkomst verwacht) {
    assertThat(Coordinatieregel.bepaal(domeinen, wenselijk)).isEqualTo(verwacht);
  }
}
