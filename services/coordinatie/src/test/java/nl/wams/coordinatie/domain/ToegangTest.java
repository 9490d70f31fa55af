package nl.wams.coordinatie.domain;

import static nl.wams.coordinatie.domain.Fixtures.AMSTERDAM;
import static nl.wams.coordinatie.domain.Fixtures.NU;
import static nl.wams.coordinatie.domain.Fixtures.UTRECHT;
import static nl.wams.coordinatie.domain.Fixtures.caller;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wams.commons.security.Caller;
import org.junit.jupiter.api.Test;

/** Object-level access from the token's role, username and municipality. */
class ToegangTest {

  private static final Caller ONDERZOEKER_AMS =
      caller("onderzoeker-ams", Toegang.ONDERZOEKER, AMSTERDAM);
  private static final Caller ONDERZOEKER_UTR =
      caller("onderzoeker-utr", Toegang.ONDERZOEKER, UTRECHT);
  private static final Caller COORDINATOR_AMS =
      caller("coordinator-ams", Toegang.COORDINATOR, AMSTERDAM);
  private static final Caller COORDINATOR_PARTNER =
      caller("coordinator-partner", Toegang.COORDINATOR, AMSTERDAM);
  private static final Caller COORDINATOR_UTR =
      caller("coordinator-utr", Toegang.COORDINATOR, UTRECHT);
  private static final Caller BEHEERDER_AMS = caller("beheerder", Toegang.BEHEERDER, AMSTERDAM);
  private static final Caller CONSULENT_AMS =
      caller("consulent-wmo-ams", "consulent-wmo", AMSTERDAM);
  private static final Caller ONDERZOEKER_ZONDER_GEMEENTE = caller("x", Toegang.ONDERZOEKER, null);

  private static Aanpak aanpakGecoordineerdDoor(String gebruikersnaam) {
    Aanpak aanpak = Fixtures.aanpak(Uitkomst.COORDINATIE_VERPLICHT);
    aanpak.stelAan(Fixtures.coordinator(gebruikersnaam, AMSTERDAM), Intensiteit.LICHT, NU);
    return aanpak;
  }

  @Test
  void theAppointedCoordinatorSeesTheAanpakAndManagesItsPlan() {
    Aanpak aanpak = aanpakGecoordineerdDoor("coordinator-ams");
    assertThat(Toegang.magInzien(COORDINATOR_AMS, aanpak)).isTrue();
    assertThat(Toegang.magPlanBeheren(COORDINATOR_AMS, aanpak)).isTrue();
    assertThat(Toegang.magBeeindigen(COORDINATOR_AMS, aanpak)).isTrue();
    assertThat(Toegang.magAanstellenEnBesluiten(COORDINATOR_AMS, aanpak)).isFalse();
  }

  @Test
  void aCoordinatorWhoIsNotAppointedOrOfAnotherMunicipalitySeesNothing() {
    Aanpak aanpak = aanpakGecoordineerdDoor("coordinator-ams");
    for (Caller ander : List.of(COORDINATOR_PARTNER, COORDINATOR_UTR)) {
      assertThat(Toegang.magInzien(ander, aanpak)).as(ander.username()).isFalse();
      assertThat(Toegang.magPlanBeheren(ander, aanpak)).as(ander.username()).isFalse();
      assertThat(Toegang.magBeeindigen(ander, aanpak)).as(ander.username()).isFalse();
    }
    // Same username in another municipality's token: still not theirs.
    Caller naamgenoot = caller("coordinator-ams", Toegang.COORDINATOR, UTRECHT);
    assertThat(Toegang.magInzien(naamgenoot, aanpak)).isFalse();
  }

  @Test
  void anOnderzoekerWorksWithinTheirOwnMunicipality() {
    Aanpak aanpak = aanpakGecoordineerdDoor("coordinator-ams");
    assertThat(Toegang.magInzien(ONDERZOEKER_AMS, aanpak)).isTrue();
    assertThat(Toegang.magAanstellenEnBesluiten(ONDERZOEKER_AMS, aanpak)).isTrue();
    assertThat(Toegang.magBeeindigen(ONDERZOEKER_AMS, aanpak)).isTrue();
    assertThat(Toegang.magAanmaken(ONDERZOEKER_AMS, AMSTERDAM)).isTrue();
    // The plan belongs to the appointed coordinator.
    assertThat(Toegang.magPlanBeheren(ONDERZOEKER_AMS, aanpak)).isFalse();
    assertThat(
            Toegang.magPlanBeheren(
                ONDERZOEKER_AMS, Fixtures.aanpak(Uitkomst.COORDINATIE_OPTIONEEL)))
        .isTrue();

    assertThat(Toegang.magInzien(ONDERZOEKER_UTR, aanpak)).isFalse();
    assertThat(Toegang.magAanmaken(ONDERZOEKER_UTR, AMSTERDAM)).isFalse();
    assertThat(Toegang.magAanstellenEnBesluiten(ONDERZOEKER_UTR, aanpak)).isFalse();
    assertThat(Toegang.magAanpakkenAanmaken(ONDERZOEKER_ZONDER_GEMEENTE)).isFalse();
    assertThat(Toegang.magAanpakkenAanmaken(COORDINATOR_AMS)).isFalse();
  }

  @Test
  void otherRolesSeeNoAanpakken() {
    Aanpak aanpak = aanpakGecoordineerdDoor("coordinator-ams");
    for (Caller ander : List.of(BEHEERDER_AMS, CONSULENT_AMS, ONDERZOEKER_ZONDER_GEMEENTE)) {
      assertThat(Toegang.magInzien(ander, aanpak)).as(ander.username()).isFalse();
      assertThat(Toegang.zicht(ander).niets()).as(ander.username()).isTrue();
    }
  }

  @Test
  void theListsShowExactlyWhatMaySeeAllows() {
    List<Aanpak> aanpakken =
        List.of(
            aanpakGecoordineerdDoor("coordinator-ams"),
            aanpakGecoordineerdDoor("coordinator-partner"),
            Fixtures.aanpak(Uitkomst.COORDINATIE_OPTIONEEL));
    for (Caller caller :
        List.of(
            ONDERZOEKER_AMS,
            ONDERZOEKER_UTR,
            COORDINATOR_AMS,
            COORDINATOR_PARTNER,
            COORDINATOR_UTR,
            BEHEERDER_AMS,
            CONSULENT_AMS)) {
      for (Aanpak aanpak : aanpakken) {
        assertThat(Toegang.zicht(caller).omvat(aanpak))
            .as(caller.username())
            .isEqualTo(Toegang.magInzien(caller, aanpak));
      }
    }
  }

  @Test
  void thePoolIsSeenByStaffAndManagedByOnderzoekersAndBeheerders() {
    assertThat(Toegang.magPoolInzien(COORDINATOR_AMS, AMSTERDAM)).isTrue();
    assertThat(Toegang.magPoolBeheren(COORDINATOR_AMS, AMSTERDAM)).isFalse();
    assertThat(Toegang.magPoolBeheren(ONDERZOEKER_AMS, AMSTERDAM)).isTrue();
    assertThat(Toegang.magPoolBeheren(BEHEERDER_AMS, AMSTERDAM)).isTrue();
    assertThat(Toegang.magPoolBeheren(BEHEERDER_AMS, UTRECHT)).isFalse();
    assertThat(Toegang.magPoolInzien(ONDERZOEKER_UTR, AMSTERDAM)).isFalse();
    assertThat(Toegang.magPoolInzien(CONSULENT_AMS, AMSTERDAM)).isFalse();
  }
}
