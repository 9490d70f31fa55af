package nl.wams.coordinatie.domain;

import static nl.wams.coordinatie.domain.BesluitRegelsTest.codes;
import static nl.wams.coordinatie.domain.Fixtures.AMSTERDAM;
import static nl.wams.coordinatie.domain.Fixtures.NU;
import static nl.wams.coordinatie.domain.Fixtures.UTRECHT;
import static nl.wams.coordinatie.domain.Fixtures.aanpak;
import static nl.wams.coordinatie.domain.Fixtures.coordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Creating the aanpak from the conclusion (table 4.1), appointing, and the pool's own rules. */
class AanpakTest {

  @Test
  void theConclusionDecidesWhetherCoordinationIsMandatoryOrOptional() {
    Aanpak verplicht = aanpak(Uitkomst.COORDINATIE_VERPLICHT);
    assertThat(verplicht.coordinatieplicht()).isEqualTo(Coordinatieplicht.VERPLICHT);
    assertThat(verplicht.status()).isEqualTo(AanpakStatus.NIEUW);
    assertThat(verplicht.gemeentecode()).isEqualTo(AMSTERDAM);
    assertThat(verplicht.procedureGestartOp()).isEqualTo(Fixtures.GESTART);

    assertThat(aanpak(Uitkomst.COORDINATIE_OPTIONEEL, true).coordinatieplicht())
        .isEqualTo(Coordinatieplicht.OPTIONEEL);
  }

  @ParameterizedTest
  @EnumSource(
      value = Uitkomst.class,
      names = {"ENKELVOUDIG", "GEEN_MEERVOUDIGE_PROBLEMATIEK"})
  void otherOutcomesHaveNoCoordinatedApproach(Uitkomst uitkomst) {
    assertThatThrownBy(() -> aanpak(uitkomst))
        .isInstanceOf(OngeldigeToestand.class)
        .hasMessageContaining(uitkomst.name());
  }

  @Test
  void aProcedureWithoutConclusionHasNoApproachYet() {
    assertThatThrownBy(() -> aanpak(null))
        .isInstanceOf(OngeldigeToestand.class)
        .hasMessageContaining("nog geen conclusie");
  }

  @Test
  void onlyAnActivePoolMemberOfTheSameMunicipalityIsAppointed() {
    Aanpak aanpak = aanpak(Uitkomst.COORDINATIE_VERPLICHT);
    Coordinator utrecht = coordinator("c-utr", UTRECHT);
    assertThatThrownBy(() -> aanpak.stelAan(utrecht, Intensiteit.LICHT, NU))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e -> assertThat(codes(e.overtredingen())).containsExactly("andere-gemeente"));

    Coordinator inactief = coordinator("c-weg", AMSTERDAM);
    inactief.deactiveer(0);
    assertThatThrownBy(() -> aanpak.stelAan(inactief, Intensiteit.LICHT, NU))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e -> assertThat(codes(e.overtredingen())).containsExactly("coordinator-niet-actief"));
    assertThat(aanpak.coordinator()).isEmpty();

    Coordinator eerste = coordinator("c-1", AMSTERDAM);
    Coordinator tweede = coordinator("c-2", AMSTERDAM);
    aanpak.stelAan(eerste, Intensiteit.LICHT, NU);
    aanpak.stelAan(tweede, Intensiteit.ZWAAR, NU);
    assertThat(aanpak.coordinator()).contains(tweede);
    assertThat(aanpak.intensiteit()).isEqualTo(Intensiteit.ZWAAR);
  }

  @Test
  void aCoordinatorWithRunningApproachesKeepsIdentityAndStaysActive() {
    Coordinator coordinator = coordinator("c-bezig", AMSTERDAM);
    assertThatThrownBy(() -> coordinator.deactiveer(2))
        .isInstanceOf(OngeldigeToestand.class)
        .hasMessageContaining("2 lopende");
    assertThat(coordinator.actief()).isTrue();

    CoordinatorInvoer verhuisd =
        new CoordinatorInvoer(
            coordinator.naam(),
            coordinator.gebruikersnaam(),
            null,
            null,
            coordinator.organisatie(),
            UTRECHT);
    assertThatThrownBy(() -> coordinator.wijzig(verhuisd, 1)).isInstanceOf(OngeldigeToestand.class);
    assertThat(coordinator.gemeentecode()).isEqualTo(AMSTERDAM);

    CoordinatorInvoer nieuwNummer =
        new CoordinatorInvoer(
            coordinator.naam(),
            coordinator.gebruikersnaam(),
            null,
            "06-12345678",
            coordinator.organisatie(),
            AMSTERDAM);
    coordinator.wijzig(nieuwNummer, 1);
    assertThat(coordinator.telefoon()).isEqualTo("06-12345678");

    coordinator.wijzig(verhuisd, 0);
    assertThat(coordinator.gemeentecode()).isEqualTo(UTRECHT);
  }
}
