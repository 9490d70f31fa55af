package nl.wams.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.wams.gateway.view.Contract;
import nl.wams.gateway.view.PolicyCheck;
import nl.wams.gateway.view.ViewPolicy;
import org.junit.jupiter.api.Test;

/** The build check of the view policy against the contracts. */
class PolicyCheckTest {

  private static final List<Contract> CONTRACTS =
      SpecBackendResource.CONTRACTS.stream().map(Contract::load).toList();

  private static final String BASIS =
      """
      verwerkingsactiviteiten:
        doel: {omschrijving: o, grondslag: g}
      rollen:
        onderzoeker:
          verwerkingsactiviteiten: [doel]
          categorieen: [proces]
          operaties: [getProcedure]
      """;

  @Test
  void theDefaultPolicyFitsTheContracts() {
    assertThat(PolicyCheck.check(ViewPolicy.standaard(), CONTRACTS)).isEmpty();
  }

  @Test
  void aFittingPolicyPasses() {
    assertThat(PolicyCheck.check(ViewPolicy.parse(BASIS), CONTRACTS)).isEmpty();
  }

  @Test
  void anUnknownOperationFails() {
    assertThat(check(BASIS.replace("getProcedure", "getProcedureX")))
        .containsExactly("rollen.onderzoeker.operaties: unknown operation 'getProcedureX'");
  }

  @Test
  void anUnknownCategoryFails() {
    assertThatThrownBy(() -> ViewPolicy.parse(BASIS.replace("[proces]", "[proces, medisch]")))
        .hasMessageContaining("unknown gegevenscategorie 'medisch'");
  }

  @Test
  void anUnknownActivityFails() {
    assertThat(
            check(
                BASIS.replace(
                    "verwerkingsactiviteiten: [doel]", "verwerkingsactiviteiten: [ander]")))
        .contains("rollen.onderzoeker.verwerkingsactiviteiten: unknown activity 'ander'");
  }

  @Test
  void anExceptionNamingAnUnknownFieldOrNoReasonFails() {
    String policy =
        BASIS
            + """
                uitzonderingen:
                  - {veld: meldpunt/Melder.schoenmaat, zichtbaar: true, reden: r}
                  - {veld: meldpunt/Melder.soort, zichtbaar: true}
                  - {veld: onderzoek/Bestaat.niet, zichtbaar: true, reden: r}
                  - {veld: geen-veld, zichtbaar: true, reden: r}
            """;
    assertThatThrownBy(() -> ViewPolicy.parse(policy))
        .hasMessageContaining("'geen-veld' is not <component>/<Schema>.<property>");
    List<String> errors =
        check(policy.replace("  - {veld: geen-veld, zichtbaar: true, reden: r}\n", ""));
    assertThat(errors)
        .anyMatch(e -> e.contains("meldpunt/Melder.schoenmaat]: unknown field"))
        .anyMatch(e -> e.contains("meldpunt/Melder.soort]: needs a reden"))
        .anyMatch(e -> e.contains("onderzoek/Bestaat.niet]: unknown field"));
  }

  @Test
  void anEnforcementRoleWithHealthOrCriminalDataNeedsItsDomainLaw() {
    String handhavend =
        BASIS.replace(
            "categorieen: [proces]", "handhavend: true\n    categorieen: [proces, gezondheid]");
    assertThat(check(handhavend))
        .containsExactly(
            "rollen.onderzoeker: enforcement role is granted 'gezondheid' without a domeinwet that allows it");
    String metWet =
        handhavend.replace(
            "handhavend: true",
            "handhavend: true\n    domeinwet: {naam: Wet, categorieen: [gezondheid], reden: r}");
    assertThat(check(metWet)).isEmpty();
    assertThat(check(metWet.replace("categorieen: [gezondheid]", "categorieen: [strafrechtelijk]")))
        .hasSize(1);
  }

  private static List<String> check(String yaml) {
    return PolicyCheck.check(ViewPolicy.parse(yaml), CONTRACTS);
  }
}
