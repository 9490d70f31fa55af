package nl.wams.verslag.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OnderdrukkingTest {

  private static final Set<Onderdrukking.Verdeling> INGANG =
      Set.of(new Onderdrukking.Verdeling("ingang", "gestart"));
  private static final Set<Onderdrukking.Afgeleid> DOORLOOPTIJD =
      Set.of(new Onderdrukking.Afgeleid("mediaan", "beeindigd"));

  private static Map<String, Indicator> pas(List<Indicator> cellen) {
    return Onderdrukking.pas(cellen, 5, INGANG, DOORLOOPTIJD).stream()
        .collect(Collectors.toMap(c -> c.indicator() + "/" + c.categorie(), c -> c));
  }

  private static Indicator tel(String indicator, String categorie, long n) {
    return Indicator.telling(indicator, categorie, n);
  }

  @Test
  void countsFromOneToBelowTheThresholdAreSuppressedZeroIsNot() {
    Map<String, Indicator> uit =
        pas(List.of(tel("x", "a", 0), tel("x", "b", 1), tel("x", "c", 4), tel("x", "d", 5)));
    assertThat(uit.get("x/a").onderdrukt()).isFalse();
    assertThat(uit.get("x/b").onderdrukt()).isTrue();
    assertThat(uit.get("x/b").waarde()).isNull();
    assertThat(uit.get("x/c").onderdrukt()).isTrue();
    assertThat(uit.get("x/d").waarde()).isEqualByComparingTo("5");
  }

  @Test
  void aSingleSuppressedCellOfABreakdownIsProtectedByTheNextSmallest() {
    // 20 started = 12 + 5 + 3: without a second suppression 3 = 20 - 12 - 5.
    Map<String, Indicator> uit =
        pas(
            List.of(
                tel("gestart", "totaal", 20),
                tel("ingang", "HULPVRAAG", 12),
                tel("ingang", "VERZOEK", 5),
                tel("ingang", "MELDING", 3)));
    assertThat(uit.get("ingang/MELDING").onderdrukt()).isTrue();
    assertThat(uit.get("ingang/VERZOEK").onderdrukt()).isTrue();
    assertThat(uit.get("ingang/HULPVRAAG").onderdrukt()).isFalse();
    assertThat(uit.get("gestart/totaal").waarde()).isEqualByComparingTo("20");
  }

  @Test
  void withNoOtherNonZeroCellTheTotalIsSuppressed() {
    Map<String, Indicator> uit =
        pas(
            List.of(
                tel("gestart", "totaal", 9),
                tel("ingang", "HULPVRAAG", 0),
                tel("ingang", "VERZOEK", 6),
                tel("ingang", "MELDING", 3)));
    // VERZOEK (6) is the next smallest non-zero cell and is suppressed with MELDING.
    assertThat(uit.get("ingang/VERZOEK").onderdrukt()).isTrue();
    // 7 started, 3 by melding, the others' entry not (yet) known: only the total can hide it.
    Map<String, Indicator> alleenEen =
        pas(
            List.of(
                tel("gestart", "totaal", 7),
                tel("ingang", "HULPVRAAG", 0),
                tel("ingang", "MELDING", 3)));
    assertThat(alleenEen.get("gestart/totaal").onderdrukt()).isTrue();
    assertThat(alleenEen.get("ingang/HULPVRAAG").onderdrukt()).isFalse();
  }

  @Test
  void aSuppressedTotalSuppressesItsWholeBreakdown() {
    Map<String, Indicator> uit =
        pas(
            List.of(
                tel("gestart", "totaal", 4),
                tel("ingang", "HULPVRAAG", 0),
                tel("ingang", "VERZOEK", 4)));
    assertThat(uit.get("ingang/HULPVRAAG").onderdrukt()).isTrue();
    assertThat(uit.get("ingang/VERZOEK").onderdrukt()).isTrue();
  }

  @Test
  void aDerivedValueOverTooFewProceduresIsSuppressed() {
    Indicator mediaan = new Indicator("mediaan", "totaal", new BigDecimal("41.5"), false);
    assertThat(
            pas(List.of(tel("beeindigd", "totaal", 4), mediaan)).get("mediaan/totaal").onderdrukt())
        .isTrue();
    assertThat(pas(List.of(tel("beeindigd", "totaal", 5), mediaan)).get("mediaan/totaal").waarde())
        .isEqualByComparingTo("41.5");
  }
}
