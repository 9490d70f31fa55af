package nl.wams.casusoverleg.domain;

import static nl.wams.casusoverleg.domain.Fixtures.corporatie;
import static nl.wams.casusoverleg.domain.Fixtures.deelnemer;
import static nl.wams.casusoverleg.domain.Fixtures.ggz;
import static nl.wams.casusoverleg.domain.Fixtures.inbreng;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InbrengRegelsTest {

  private Overleg overleg;
  private Deelnemer ggz;
  private Deelnemer corporatie;
  private Deelnemer wijkteam;
  private Deelnemer politie;

  @BeforeEach
  void overleg() {
    overleg = Fixtures.geidentificeerd();
    ggz = ggz(overleg);
    corporatie = corporatie(overleg);
    wijkteam = overleg.voegDeelnemerToe(deelnemer("Wijkteam Noord", Domein.WMO, false));
    politie = overleg.voegDeelnemerToe(deelnemer("Politie", Domein.VEILIGHEID, true));
  }

  @Test
  void anInbrengWithoutConditionsReachesEveryParticipant() {
    Inbreng schulden =
        overleg.brengIn(
            inbreng(wijkteam, Gegevenscategorie.FINANCIEEL, false, List.of()), Fixtures.NU);

    for (Deelnemer deelnemer : List.of(ggz, corporatie, wijkteam, politie)) {
      assertThat(InbrengRegels.magOntvangen(schulden, deelnemer, deelnemer.handhavend())).isTrue();
    }
  }

  @Test
  void notForEnforcementNeverReachesAParticipantWithAnEnforcementTask() {
    Inbreng schulden =
        overleg.brengIn(
            inbreng(wijkteam, Gegevenscategorie.FINANCIEEL, true, List.of()), Fixtures.NU);

    assertThat(InbrengRegels.magOntvangen(schulden, corporatie, true)).isFalse();
    assertThat(InbrengRegels.magOntvangen(schulden, politie, true)).isFalse();
    assertThat(InbrengRegels.magOntvangen(schulden, ggz, false)).isTrue();
  }

  @Test
  void aParticipantCountsAsEnforcingWhenItsRoleSaysSoWhateverTheRecordSays() {
    Inbreng schulden =
        overleg.brengIn(
            inbreng(wijkteam, Gegevenscategorie.FINANCIEEL, true, List.of()), Fixtures.NU);
    Deelnemer uwvAlsNietHandhavendVastgelegd =
        overleg.voegDeelnemerToe(deelnemer("UWV", Domein.WERK_INKOMEN, false));

    assertThat(InbrengRegels.magOntvangen(schulden, uwvAlsNietHandhavendVastgelegd, false))
        .isTrue();
    assertThat(InbrengRegels.magOntvangen(schulden, uwvAlsNietHandhavendVastgelegd, true))
        .isFalse();
  }

  @Test
  void healthAndCriminalDataReachAnEnforcingParticipantOnlyWhenItsDomainLawAllows() {
    Inbreng diagnose =
        overleg.brengIn(inbreng(ggz, Gegevenscategorie.GEZONDHEID, false, List.of()), Fixtures.NU);
    Inbreng strafblad =
        overleg.brengIn(
            inbreng(wijkteam, Gegevenscategorie.STRAFRECHTELIJK, false, List.of()), Fixtures.NU);

    assertThat(InbrengRegels.magOntvangen(diagnose, corporatie, true)).isFalse();
    assertThat(InbrengRegels.magOntvangen(diagnose, politie, true)).isFalse();
    assertThat(InbrengRegels.magOntvangen(strafblad, politie, true)).isTrue();
    assertThat(InbrengRegels.magOntvangen(strafblad, corporatie, true)).isFalse();
    // Participants without an enforcement task receive them in the overleg (the Wams' basis).
    assertThat(InbrengRegels.magOntvangen(diagnose, wijkteam, false)).isTrue();
  }

  @Test
  void onlyForNamedParticipantsReachesOnlyThoseAndTheProvider() {
    Inbreng alleenWijkteam =
        overleg.brengIn(
            inbreng(ggz, Gegevenscategorie.ZORG, false, List.of(wijkteam.id())), Fixtures.NU);

    assertThat(InbrengRegels.magOntvangen(alleenWijkteam, wijkteam, false)).isTrue();
    assertThat(InbrengRegels.magOntvangen(alleenWijkteam, ggz, false)).isTrue();
    assertThat(InbrengRegels.magOntvangen(alleenWijkteam, politie, true)).isFalse();
    assertThat(
            InbrengRegels.magOntvangen(
                alleenWijkteam,
                overleg.voegDeelnemerToe(deelnemer("Basisschool", Domein.ONDERWIJS, false)),
                false))
        .isFalse();
  }

  @Test
  void theProviderAlwaysSeesItsOwnInbreng() {
    Inbreng eigen =
        overleg.brengIn(
            inbreng(corporatie, Gegevenscategorie.WONEN, true, List.of(ggz.id())), Fixtures.NU);

    assertThat(InbrengRegels.magOntvangen(eigen, corporatie, true)).isTrue();
  }

  @Test
  void providerAndNamedParticipantsTakePartInTheOverleg() {
    assertThatThrownBy(
            () ->
                overleg.brengIn(
                    new InbrengInvoer(
                        UUID.randomUUID(),
                        Gegevenscategorie.ZORG,
                        "x",
                        false,
                        false,
                        List.of(UUID.randomUUID())),
                    Fixtures.NU))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e ->
                assertThat(e.overtredingen())
                    .extracting(Regelovertreding::veld, Regelovertreding::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("verstrekker", "onbekend"),
                        org.assertj.core.groups.Tuple.tuple("voorwaarden.alleenVoor", "onbekend")));
    assertThat(overleg.inbreng()).isEmpty();
  }

  @Test
  void notForEnforcementButOnlyForAnEnforcingParticipantContradictsItself() {
    assertThatThrownBy(
            () ->
                overleg.brengIn(
                    inbreng(
                        ggz, Gegevenscategorie.ZORG, true, List.of(wijkteam.id(), corporatie.id())),
                    Fixtures.NU))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e ->
                assertThat(e.overtredingen())
                    .extracting(Regelovertreding::code)
                    .containsExactly("tegenstrijdig"));
  }

  @Test
  void blankContentIsRefused() {
    assertThatThrownBy(
            () ->
                overleg.brengIn(
                    new InbrengInvoer(
                        ggz.id(), Gegevenscategorie.ZORG, "  ", false, false, List.of()),
                    Fixtures.NU))
        .isInstanceOf(Regelschending.class);
  }
}
