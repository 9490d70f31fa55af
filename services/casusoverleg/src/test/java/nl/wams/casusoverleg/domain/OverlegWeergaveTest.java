package nl.wams.casusoverleg.domain;

import static nl.wams.casusoverleg.domain.Fixtures.NU;
import static nl.wams.casusoverleg.domain.Fixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each caller sees of one overleg: the same filter for every answer. */
class OverlegWeergaveTest {

  private Overleg overleg;
  private Deelnemer ggz;
  private Deelnemer corporatie;
  private Deelnemer wijkteam;
  private Inbreng nietVoorHandhaving;
  private Inbreng alleenWijkteam;
  private Inbreng huur;

  @BeforeEach
  void overleg() {
    overleg = Fixtures.geidentificeerd();
    ggz = Fixtures.ggz(overleg);
    corporatie = Fixtures.corporatie(overleg);
    wijkteam = overleg.voegDeelnemerToe(Fixtures.deelnemer("Wijkteam", Domein.WMO, false));
    overleg.nodigUit(
        new UitnodigingInvoer(
            Genodigde.VERTEGENWOORDIGER, "J. de Vries", LocalDate.now(), Uitnodigingswijze.BRIEF));
    nietVoorHandhaving =
        overleg.brengIn(Fixtures.inbreng(ggz, Gegevenscategorie.FINANCIEEL, true, List.of()), NU);
    alleenWijkteam =
        overleg.brengIn(
            Fixtures.inbreng(ggz, Gegevenscategorie.ZORG, false, List.of(wijkteam.id())), NU);
    huur =
        overleg.brengIn(
            Fixtures.inbreng(corporatie, Gegevenscategorie.WONEN, false, List.of()), NU);
    overleg.legAfspraakVast(new AfspraakInvoer("Betalingsregeling", corporatie.id(), null), NU);
    overleg.legAfspraakVast(new AfspraakInvoer("Intake", ggz.id(), null), NU);
    overleg.dienVerzoekIn(new VerzoekInvoer(huur.id(), ggz.id(), "Zorg", "Stress"), false, NU);
    overleg.dienVerzoekIn(
        new VerzoekInvoer(alleenWijkteam.id(), wijkteam.id(), "Wmo", "Ondersteuning"), false, NU);
  }

  @Test
  void theOrganiserSeesEverything() {
    OverlegWeergave weergave = new OverlegWeergave(overleg, Perspectief.ORGANISATOR);

    assertThat(weergave.inbreng()).hasSize(3);
    assertThat(weergave.afspraken()).hasSize(2);
    assertThat(weergave.verzoeken()).hasSize(2);
    assertThat(weergave.uitnodigingen())
        .extracting(Uitnodiging::naam)
        .containsExactly("J. de Vries");
    assertThat(weergave.deelnemers()).extracting(Deelnemer::noodzaak).doesNotContainNull();
  }

  @Test
  void theHousingCorporationNeverSeesWhatIsNotForEnforcementNorWhatIsForOthers() {
    OverlegWeergave weergave =
        new OverlegWeergave(
            overleg,
            Toegang.perspectief(
                partner("partner-woningcorporatie", "Woonstichting De Linde"), overleg));

    assertThat(weergave.inbreng()).containsExactly(huur);
    assertThat(weergave.inbreng(nietVoorHandhaving.id())).isEmpty();
    assertThat(weergave.afspraken()).extracting(Afspraak::partij).containsExactly(corporatie.id());
    // GGZ's request concerns the corporation's own inbreng: it answers it as provider.
    assertThat(weergave.verzoeken()).extracting(Verzoek::inbreng).containsExactly(huur.id());
    assertThat(weergave.uitnodigingen()).extracting(Uitnodiging::naam).containsOnlyNulls();
    assertThat(weergave.deelnemers())
        .filteredOn(d -> !d.id().equals(corporatie.id()))
        .extracting(Deelnemer::noodzaak)
        .containsOnlyNulls();
    assertThat(weergave.deelnemers())
        .filteredOn(d -> d.id().equals(corporatie.id()))
        .extracting(Deelnemer::noodzaak)
        .doesNotContainNull();
  }

  @Test
  void aNamedParticipantSeesWhatIsForItAndItsOwnRequests() {
    OverlegWeergave weergave = new OverlegWeergave(overleg, Perspectief.deelnemer(wijkteam, false));

    assertThat(weergave.inbreng()).containsExactly(nietVoorHandhaving, alleenWijkteam, huur);
    assertThat(weergave.verzoeken()).extracting(Verzoek::verzoeker).containsExactly(wijkteam.id());
    assertThat(weergave.afspraken()).isEmpty();
  }

  @Test
  void aParticipantNotNamedDoesNotSeeTheNamedInbreng() {
    Deelnemer school =
        overleg.voegDeelnemerToe(Fixtures.deelnemer("School", Domein.ONDERWIJS, false));

    OverlegWeergave weergave = new OverlegWeergave(overleg, Perspectief.deelnemer(school, false));

    assertThat(weergave.inbreng()).containsExactly(nietVoorHandhaving, huur);
    assertThat(weergave.verzoeken()).isEmpty();
  }
}
