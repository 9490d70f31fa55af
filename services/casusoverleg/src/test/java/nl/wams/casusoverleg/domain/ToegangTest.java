package nl.wams.casusoverleg.domain;

import static nl.wams.casusoverleg.domain.Fixtures.medewerker;
import static nl.wams.casusoverleg.domain.Fixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ToegangTest {

  private Overleg overleg;
  private Deelnemer ggz;
  private Deelnemer corporatie;

  @BeforeEach
  void overleg() {
    overleg = Fixtures.geidentificeerd();
    ggz = Fixtures.ggz(overleg);
    corporatie = Fixtures.corporatie(overleg);
  }

  @Test
  void eachPhaseHasItsOrganiser() {
    assertThat(Toegang.magPlannen(medewerker("onderzoeker", "0363"), Fase.ONDERZOEK)).isTrue();
    assertThat(Toegang.magPlannen(medewerker("onderzoeker", "0363"), Fase.UITVOERING)).isFalse();
    assertThat(Toegang.magPlannen(medewerker("coordinator", "0363"), Fase.UITVOERING)).isTrue();
    assertThat(Toegang.magPlannen(medewerker("coordinator", "0363"), Fase.ONDERZOEK)).isFalse();
    assertThat(Toegang.magPlannen(partner("partner-ggz", "GGZ Noord"), Fase.ONDERZOEK)).isFalse();
    assertThat(Toegang.magPlannenVoor(medewerker("onderzoeker", "0344"), Fase.ONDERZOEK, "0363"))
        .isFalse();
  }

  @Test
  void staffOfTheMunicipalityOrganise() {
    assertThat(Toegang.perspectief(medewerker("onderzoeker", "0363"), overleg))
        .isEqualTo(Perspectief.ORGANISATOR);
    assertThat(Toegang.perspectief(medewerker("coordinator", "0363"), overleg))
        .isEqualTo(Perspectief.ORGANISATOR);
    assertThat(Toegang.perspectief(medewerker("onderzoeker", "0344"), overleg).magInzien())
        .isFalse();
    assertThat(Toegang.perspectief(medewerker("consulent-wmo", "0363"), overleg).magInzien())
        .isFalse();
  }

  @Test
  void aPartnerSeesTheOverlegAsItsParticipantCaseInsensitively() {
    Perspectief perspectief = Toegang.perspectief(partner("partner-ggz", "ggz noord"), overleg);

    assertThat(perspectief.organisator()).isFalse();
    assertThat(perspectief.deelnemer()).isEqualTo(ggz);
    assertThat(perspectief.handhavend()).isFalse();
    assertThat(Toegang.perspectief(partner("partner-uwv", "UWV"), overleg).magInzien()).isFalse();
  }

  @Test
  void anEnforcingRoleCountsAsEnforcingWhateverTheOrganiserRecorded() {
    Deelnemer uwv = overleg.voegDeelnemerToe(Fixtures.deelnemer("UWV", Domein.WERK_INKOMEN, false));

    Perspectief perspectief = Toegang.perspectief(partner("partner-uwv", "UWV"), overleg);

    assertThat(perspectief.deelnemer()).isEqualTo(uwv);
    assertThat(perspectief.handhavend()).isTrue();
    assertThat(
            Toegang.perspectief(
                    partner("partner-woningcorporatie", "Woonstichting De Linde"), overleg)
                .handhavend())
        .isTrue();
    assertThat(corporatie.handhavend()).isTrue();
  }

  @Test
  void anOrganisationClaimWithoutAPartnerRoleIsNoParticipant() {
    assertThat(Toegang.perspectief(partner("inwoner", "GGZ Noord"), overleg).magInzien()).isFalse();
  }

  @Test
  void listsShowTheMunicipalitysOrTheOrganisationsOverleggen() {
    assertThat(Toegang.zicht(medewerker("coordinator", "0363")))
        .isEqualTo(new Toegang.Zicht("0363", null));
    assertThat(Toegang.zicht(partner("partner-ggz", "GGZ Noord")))
        .isEqualTo(new Toegang.Zicht(null, "GGZ Noord"));
    assertThat(Toegang.zicht(medewerker("beheerder", "0363")).niets()).isTrue();
    assertThat(Toegang.zicht(partner("inwoner", "GGZ Noord")).niets()).isTrue();
  }
}
