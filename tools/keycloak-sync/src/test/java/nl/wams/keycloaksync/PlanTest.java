package nl.wams.keycloaksync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wams.keycloaksync.Plan.Wijziging;
import org.junit.jupiter.api.Test;

class PlanTest {

  private static final Beleid BELEID =
      Beleid.parse(
          """
          rollen:
            balie: {omschrijving: Aan de balie.}
            kijker: {omschrijving: Kijkt mee.}
          applicaties:
            loket:
              naam: Het loket
              soort: browser
              rollen: [balie, kijker]
            rapport:
              soort: server
              rollen: [kijker]
          """);

  @Test
  void anEmptyRealmGetsEveryRoleClientAndScope() {
    List<Wijziging> plan =
        Plan.maak(BELEID, new Plan.Realm(Set.of(), "default-roles-r", Map.of()), false, Set.of());
    assertThat(plan)
        .containsExactly(
            new Wijziging.RolAanmaken("balie", "Aan de balie."),
            new Wijziging.RolAanmaken("kijker", "Kijkt mee."),
            new Wijziging.ClientAanmaken(BELEID.applicaties().get("loket")),
            new Wijziging.RollenToekennen("loket", Set.of("balie", "kijker")),
            new Wijziging.ClientAanmaken(BELEID.applicaties().get("rapport")),
            new Wijziging.RollenToekennen("rapport", Set.of("kijker")));
  }

  @Test
  void aRealmInLineNeedsNothing() {
    Plan.Realm realm =
        new Plan.Realm(
            Set.of("balie", "kijker", "default-roles-r", "offline_access"),
            "default-roles-r",
            Map.of(
                "loket",
                Set.of("balie", "kijker"),
                "rapport",
                Set.of("kijker"),
                "eigen",
                Set.of()));
    assertThat(Plan.maak(BELEID, realm, true, Set.of())).isEmpty();
  }

  @Test
  void aClientGetsExactlyThePolicysRoles() {
    Plan.Realm realm =
        new Plan.Realm(
            Set.of("balie", "kijker", "beheer"),
            "default-roles-r",
            Map.of("loket", Set.of("balie", "beheer"), "rapport", Set.of("kijker")));
    assertThat(Plan.maak(BELEID, realm, false, Set.of()))
        .containsExactly(
            new Wijziging.RollenToekennen("loket", Set.of("kijker")),
            new Wijziging.RollenIntrekken("loket", Set.of("beheer")));
  }

  @Test
  void rolesOutsideThePolicyGoOnlyWhenAskedAndNeverKeycloaksOwnOrKeptOnes() {
    Plan.Realm realm =
        new Plan.Realm(
            Set.of(
                "balie", "kijker", "oud", "wams-service", "default-roles-r", "uma_authorization"),
            "default-roles-r",
            Map.of("loket", Set.of("balie", "kijker"), "rapport", Set.of("kijker")));
    assertThat(Plan.maak(BELEID, realm, false, Set.of("wams-service"))).isEmpty();
    assertThat(Plan.maak(BELEID, realm, true, Set.of("wams-service")))
        .containsExactly(new Wijziging.RolVerwijderen("oud"));
    assertThat(Plan.onbeheerdeRollen(BELEID, realm, Set.of("wams-service"))).containsExactly("oud");
  }

  @Test
  void thePolicyNamesOnlyKnownRolesAndKinds() {
    assertThatThrownBy(
            () ->
                Beleid.parse(
                    """
                    rollen:
                      balie: {}
                    applicaties:
                      loket: {soort: desktop, rollen: [balie, baas]}
                      leeg: {soort: server}
                    """))
        .hasMessageContaining("applicaties.loket.soort: browser or server, not 'desktop'")
        .hasMessageContaining("applicaties.loket.rollen: unknown role 'baas'")
        .hasMessageContaining("applicaties.leeg.rollen: an application needs at least one role");
  }

  @Test
  void theSuitesPolicyIsValidAndGivesEveryApplicationARole() {
    Beleid beleid = Beleid.standaard();
    assertThat(beleid.applicaties()).containsKeys("vendor-wmo", "partner-ggz", "resident-portal");
    assertThat(beleid.applicaties().get("resident-portal").rollen()).containsExactly("inwoner");
    assertThat(beleid.applicaties().get("resident-portal").browser()).isTrue();
  }
}
