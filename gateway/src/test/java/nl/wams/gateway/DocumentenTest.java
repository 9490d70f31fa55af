package nl.wams.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wams.gateway.view.Contract;
import nl.wams.gateway.view.Documenten;
import nl.wams.gateway.view.ViewPolicy;
import org.junit.jupiter.api.Test;

/**
 * The documents derived from policy and contracts: their content follows the gateway's rules, and
 * the copies committed under {@code docs/generated/} are what the current policy produces.
 *
 * <p>After changing the policy or a contract, regenerate them with {@code ./mvnw -pl gateway -am
 * test -Dtest=DocumentenTest -Dsurefire.failIfNoSpecifiedTests=false -Dwams.documenten.schrijven}.
 */
class DocumentenTest {

  private static final List<Contract> CONTRACTS =
      SpecBackendResource.CONTRACTS.stream().map(Contract::load).toList();
  private static final Path MAP = Path.of("..", "docs", "generated");

  private final Documenten standaard = new Documenten(ViewPolicy.standaard(), CONTRACTS);

  @Test
  void theCommittedDocumentsAreWhatThePolicyProduces() throws IOException {
    check("wie-ziet-wat.md", standaard.wieZietWat());
    check("verwerkingsregister.md", standaard.verwerkingsregister());
  }

  private static void check(String naam, String inhoud) throws IOException {
    Path file = MAP.resolve(naam);
    if (System.getProperty("wams.documenten.schrijven") != null) {
      Files.createDirectories(MAP);
      Files.writeString(file, inhoud);
    }
    assertThat(file)
        .as("docs/generated/%s is out of date: regenerate it (see DocumentenTest's javadoc)", naam)
        .exists();
    assertThat(Files.readString(file))
        .as("docs/generated/%s is out of date: regenerate it (see DocumentenTest's javadoc)", naam)
        .isEqualTo(inhoud);
  }

  private static final String POLICY =
      """
      verwerkingsverantwoordelijke: Het college van Proefstad
      verwerkingsactiviteiten:
        melden:
          omschrijving: Melden.
          grondslag: Wet.
          betrokkenen: Inwoners en melders.
          bewaartermijn: Twee jaar.
        anders:
          omschrijving: Iets anders.
          grondslag: Andere wet.
      rollen:
        balie:
          verwerkingsactiviteiten: [melden]
          categorieen: [identificatie, proces, melder]
          operaties: [getAanmelding]
        kijker:
          verwerkingsactiviteiten: [melden]
          categorieen: [proces]
          uitzonderingen:
            - veld: meldpunt/Melder.soort
              zichtbaar: true
              reden: De ingang telt mee.
          operaties: [getAanmelding, listAanmeldingen]
      """;

  private final Documenten proef =
      new Documenten(ViewPolicy.parse(POLICY), List.of(Contract.load("meldpunt")));

  @Test
  void aFieldListsExactlyTheRolesThatReceiveIt() {
    String doc = proef.wieZietWat();
    assertThat(doc).contains("## meldpunt: Aanmelding");
    assertThat(rij(doc, "melder.naam")).endsWith("| melder | balie |");
    // An exception shows the kind of reporter, and so its container, to the role without melder.
    assertThat(rij(doc, "melder.soort")).endsWith("| melder | balie, kijker |");
    assertThat(rij(doc, "melder")).endsWith("| balie, kijker |");
    assertThat(rij(doc, "betrokkene.bsn")).endsWith("| identificatie | balie |");
    assertThat(rij(doc, "status")).endsWith("| proces | balie, kijker |");
  }

  @Test
  void anEnforcementRoleIsNeverListedForSpecialCategories() {
    // The default policy: a housing corporation (handhavend) never receives gezondheid.
    String doc = standaard.wieZietWat();
    doc.lines()
        .filter(l -> l.contains("| gezondheid |") || l.contains("| strafrechtelijk |"))
        .forEach(l -> assertThat(l).doesNotContain("partner-woningcorporatie"));
    assertThat(doc).contains("`partner-woningcorporatie` | yes");
  }

  @Test
  void theRegisterNamesPurposeBasisSubjectsDataRolesAndRetention() {
    String register = proef.verwerkingsregister();
    assertThat(register).contains("Controller: Het college van Proefstad");
    String melden = register.substring(register.indexOf("## `melden`"));
    assertThat(melden)
        .contains("- **Purpose:** Melden.")
        .contains("- **Legal basis:** Wet.")
        .contains("- **Data subjects:** Inwoners en melders.")
        .contains("- **Processed by (roles):** `balie`, `kijker`")
        .contains("- **Components:** meldpunt")
        .contains("- **Retention:** Twee jaar.");
    String categorieen =
        melden.lines().filter(l -> l.startsWith("- **Categories")).findFirst().orElseThrow();
    assertThat(categorieen).contains("identificatie", "proces", "melder").doesNotContain("zorg");
    String anders =
        register.substring(register.indexOf("## `anders`"), register.indexOf("## `melden`"));
    assertThat(anders)
        .contains("- **Processed by (roles):** no role")
        .contains("- **Retention:** (not recorded in the policy)");
  }

  private static String rij(String doc, String pad) {
    return doc.lines()
        .filter(l -> l.startsWith("| `" + pad + "` |"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + pad));
  }
}
