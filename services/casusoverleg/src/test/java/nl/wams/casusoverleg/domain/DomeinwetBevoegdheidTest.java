package nl.wams.casusoverleg.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The default table of docs/casusoverleg.md, row by row. */
class DomeinwetBevoegdheidTest {

  @ParameterizedTest
  @CsvSource({
    "WMO,             true,  false",
    "JEUGDWET,        true,  true",
    "PARTICIPATIEWET, false, false",
    "WGS,             false, false",
    "ONDERWIJS,       false, false",
    "WERK_INKOMEN,    false, false",
    "ZORG,            true,  false",
    "WONEN,           false, false",
    "VEILIGHEID,      false, true"
  })
  void theDomainLawAuthorisesTheSpecialCategoriesOfTheTable(
      Domein domein, boolean gezondheid, boolean strafrechtelijk) {
    assertThat(DomeinwetBevoegdheid.staatToe(domein, Gegevenscategorie.GEZONDHEID))
        .isEqualTo(gezondheid);
    assertThat(DomeinwetBevoegdheid.staatToe(domein, Gegevenscategorie.STRAFRECHTELIJK))
        .isEqualTo(strafrechtelijk);
  }

  @ParameterizedTest
  @EnumSource(Domein.class)
  void ordinaryCategoriesNeedNoAuthorisation(Domein domein) {
    for (Gegevenscategorie categorie : Gegevenscategorie.values()) {
      if (!categorie.bijzonder()) {
        assertThat(DomeinwetBevoegdheid.staatToe(domein, categorie)).isTrue();
      }
    }
  }

  @Test
  void onlyHealthAndCriminalDataAreSpecial() {
    assertThat(Gegevenscategorie.values())
        .filteredOn(Gegevenscategorie::bijzonder)
        .containsExactly(Gegevenscategorie.GEZONDHEID, Gegevenscategorie.STRAFRECHTELIJK);
  }
}
