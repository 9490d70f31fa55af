package nl.wams.casusoverleg.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.wams.casusoverleg.domain.VerdereVerwerkingRegel.Beslissing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdereVerwerkingRegelTest {

  private static final Optional<Boolean> JA = Optional.of(true);
  private static final Optional<Boolean> NEE = Optional.of(false);
  private static final Optional<Boolean> NOG_NIET = Optional.empty();

  @Test
  void grantedWhenNecessaryConsentedAndOrdinaryData() {
    Beslissing beslissing =
        VerdereVerwerkingRegel.beslis(JA, JA, Gegevenscategorie.FINANCIEEL, Domein.WGS);

    assertThat(beslissing.uitkomst()).isEqualTo(Besluituitkomst.TOEGESTAAN);
    assertThat(beslissing.noodzaak()).isEqualTo(Vervulling.VERVULD);
    assertThat(beslissing.instemming()).isEqualTo(Vervulling.VERVULD);
    assertThat(beslissing.domeinwet()).isEqualTo(Vervulling.NIET_VAN_TOEPASSING);
  }

  @Test
  void grantedForHealthDataWhenTheRequestersDomainLawAllowsIt() {
    Beslissing beslissing =
        VerdereVerwerkingRegel.beslis(JA, JA, Gegevenscategorie.GEZONDHEID, Domein.WMO);

    assertThat(beslissing.uitkomst()).isEqualTo(Besluituitkomst.TOEGESTAAN);
    assertThat(beslissing.domeinwet()).isEqualTo(Vervulling.VERVULD);
    assertThat(beslissing.domeinwetToelichting()).contains("WMO").contains("gezondheid");
  }

  @Test
  void refusedWhenNotNecessaryForTheOwnTask() {
    Beslissing beslissing =
        VerdereVerwerkingRegel.beslis(NEE, JA, Gegevenscategorie.WONEN, Domein.ZORG);

    assertThat(beslissing.uitkomst()).isEqualTo(Besluituitkomst.GEWEIGERD);
    assertThat(beslissing.noodzaak()).isEqualTo(Vervulling.NIET_VERVULD);
    assertThat(beslissing.instemming()).isEqualTo(Vervulling.VERVULD);
  }

  @Test
  void refusedWhenTheProviderDoesNotConsent() {
    Beslissing beslissing =
        VerdereVerwerkingRegel.beslis(JA, NEE, Gegevenscategorie.WONEN, Domein.ZORG);

    assertThat(beslissing.uitkomst()).isEqualTo(Besluituitkomst.GEWEIGERD);
    assertThat(beslissing.instemming()).isEqualTo(Vervulling.NIET_VERVULD);
  }

  @Test
  void refusedForSpecialDataTheRequestersDomainLawDoesNotAllowEvenWithConsent() {
    Beslissing beslissing =
        VerdereVerwerkingRegel.beslis(JA, JA, Gegevenscategorie.GEZONDHEID, Domein.WGS);

    assertThat(beslissing.uitkomst()).isEqualTo(Besluituitkomst.GEWEIGERD);
    assertThat(beslissing.domeinwet()).isEqualTo(Vervulling.NIET_VERVULD);
    assertThat(beslissing.domeinwetToelichting()).contains("WGS").contains("niet toe");
  }

  @Test
  void oneFailingConditionRefusesAtOnceWhileOthersAreOpen() {
    assertThat(
            VerdereVerwerkingRegel.beslis(
                    NOG_NIET, NOG_NIET, Gegevenscategorie.STRAFRECHTELIJK, Domein.WONEN)
                .uitkomst())
        .isEqualTo(Besluituitkomst.GEWEIGERD);
    assertThat(
            VerdereVerwerkingRegel.beslis(NOG_NIET, NEE, Gegevenscategorie.FINANCIEEL, Domein.WMO))
        .extracting(Beslissing::uitkomst, Beslissing::noodzaak)
        .containsExactly(Besluituitkomst.GEWEIGERD, Vervulling.OPEN);
  }

  @ParameterizedTest
  @CsvSource({"true,", ",true", ","})
  void staysOpenWhileAnAnswerIsMissingAndNoneFailed(Boolean noodzakelijk, Boolean instemming) {
    Beslissing beslissing =
        VerdereVerwerkingRegel.beslis(
            Optional.ofNullable(noodzakelijk),
            Optional.ofNullable(instemming),
            Gegevenscategorie.STRAFRECHTELIJK,
            Domein.VEILIGHEID);

    assertThat(beslissing.uitkomst()).isEqualTo(Besluituitkomst.OPEN);
    assertThat(beslissing.domeinwet()).isEqualTo(Vervulling.VERVULD);
  }
}
