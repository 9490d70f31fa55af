package nl.wams.casusoverleg.domain;

import static nl.wams.casusoverleg.domain.Fixtures.NU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OverlegTest {

  private static final LocalDate VANDAAG = Kalender.dag(NU);

  @Test
  void thePhaseFitsTheProceduresState() {
    OverlegInvoer onderzoek =
        new OverlegInvoer(
            OverlegSoort.GEIDENTIFICEERD, Fase.ONDERZOEK, Fixtures.PROCEDURE, "Casus", NU);
    OverlegInvoer uitvoering =
        new OverlegInvoer(
            OverlegSoort.GEIDENTIFICEERD, Fase.UITVOERING, Fixtures.PROCEDURE, "Casus", NU);
    ProcedureFeiten afgerondMetAanpak = new ProcedureFeiten("0363", false, true);
    ProcedureFeiten afgerondZonder = new ProcedureFeiten("0363", false, false);

    assertThatThrownBy(() -> plan(onderzoek, afgerondMetAanpak))
        .isInstanceOf(OngeldigeToestand.class);
    assertThatThrownBy(() -> plan(uitvoering, Fixtures.IN_ONDERZOEK))
        .isInstanceOf(OngeldigeToestand.class);
    assertThatThrownBy(() -> plan(uitvoering, afgerondZonder))
        .isInstanceOf(OngeldigeToestand.class);
    assertThat(plan(onderzoek, Fixtures.IN_ONDERZOEK).fase()).isEqualTo(Fase.ONDERZOEK);
    assertThat(plan(uitvoering, afgerondMetAanpak).fase()).isEqualTo(Fase.UITVOERING);
  }

  @Test
  void everyParticipantHasARecordedNecessityAndTakesPartOnce() {
    Overleg overleg = Fixtures.geidentificeerd();
    assertThatThrownBy(
            () ->
                overleg.voegDeelnemerToe(
                    new DeelnemerInvoer(
                        "UWV", Domein.WERK_INKOMEN, "arbeidsdeskundige", true, " ")))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e ->
                assertThat(e.overtredingen())
                    .extracting(Regelovertreding::code)
                    .containsExactly("noodzaak-ontbreekt"));
    Fixtures.ggz(overleg);
    assertThatThrownBy(
            () -> overleg.voegDeelnemerToe(Fixtures.deelnemer(" ggz noord ", Domein.ZORG, false)))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e ->
                assertThat(e.overtredingen())
                    .extracting(Regelovertreding::code)
                    .containsExactly("al-deelnemer"));
    assertThat(overleg.deelnemers()).hasSize(1);
  }

  @Test
  void anIdentifiedOverlegIsHeldOnlyAfterSomeoneWasInvited() {
    Overleg overleg = Fixtures.geidentificeerd();
    Deelnemer ggz = Fixtures.ggz(overleg);
    AfrondingInvoer afronding = new AfrondingInvoer(NU, List.of(ggz.id()), List.of());

    assertThatThrownBy(() -> overleg.rondAf(afronding, VANDAAG))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e ->
                assertThat(e.overtredingen())
                    .extracting(Regelovertreding::code)
                    .containsExactly("uitnodiging-ontbreekt"));

    Uitnodiging client =
        overleg.nodigUit(
            new UitnodigingInvoer(Genodigde.CLIENT, null, VANDAAG, Uitnodigingswijze.GESPREK));
    Uitnodiging ondersteuner =
        overleg.nodigUit(
            new UitnodigingInvoer(
                Genodigde.CLIENTONDERSTEUNER, "MEE Amstel", VANDAAG, Uitnodigingswijze.BRIEF));
    overleg.rondAf(new AfrondingInvoer(NU, List.of(ggz.id()), List.of(ondersteuner.id())), VANDAAG);

    assertThat(overleg.status()).isEqualTo(OverlegStatus.GEHOUDEN);
    assertThat(overleg.gehoudenOp()).contains(NU);
    assertThat(overleg.deelnemers()).extracting(Deelnemer::aanwezig).containsExactly(true);
    assertThat(overleg.uitnodigingen())
        .extracting(Uitnodiging::id, Uitnodiging::aanwezig)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(client.id(), false),
            org.assertj.core.groups.Tuple.tuple(ondersteuner.id(), true));
    assertThatThrownBy(() -> overleg.rondAf(afronding, VANDAAG))
        .isInstanceOf(OngeldigeToestand.class);
    assertThatThrownBy(() -> Fixtures.corporatie(overleg)).isInstanceOf(OngeldigeToestand.class);
  }

  @Test
  void anOverlegIsNotHeldInTheFutureNorWithStrangers() {
    Overleg overleg = Fixtures.anoniem();
    Fixtures.ggz(overleg);
    AfrondingInvoer morgen =
        new AfrondingInvoer(
            NU.plusSeconds(2 * 86400), List.of(UUID.randomUUID()), List.of(UUID.randomUUID()));

    assertThatThrownBy(() -> overleg.rondAf(morgen, VANDAAG))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e ->
                assertThat(e.overtredingen())
                    .extracting(Regelovertreding::veld)
                    .containsExactly(
                        "gehoudenOp", "aanwezigeDeelnemers", "aanwezigeUitgenodigden"));
    assertThat(overleg.status()).isEqualTo(OverlegStatus.GEPLAND);
  }

  @Test
  void anAgreementNamesAParticipant() {
    Overleg overleg = Fixtures.geidentificeerd();
    Deelnemer ggz = Fixtures.ggz(overleg);
    assertThatThrownBy(
            () ->
                overleg.legAfspraakVast(
                    new AfspraakInvoer("Intake plannen", UUID.randomUUID(), VANDAAG), NU))
        .isInstanceOf(Regelschending.class);
    Afspraak afspraak =
        overleg.legAfspraakVast(new AfspraakInvoer("Intake plannen", ggz.id(), VANDAAG), NU);
    assertThat(overleg.afspraken()).containsExactly(afspraak);
  }

  @Test
  void aRequestIsDecidedWhenBothAnswersAreInAndStaysDecided() {
    Overleg overleg = Fixtures.geidentificeerd();
    Deelnemer ggz = Fixtures.ggz(overleg);
    Deelnemer corporatie = Fixtures.corporatie(overleg);
    Inbreng huur =
        overleg.brengIn(
            Fixtures.inbreng(corporatie, Gegevenscategorie.WONEN, false, List.of()), NU);

    Verzoek verzoek =
        overleg.dienVerzoekIn(
            new VerzoekInvoer(huur.id(), ggz.id(), "Behandeling", "Stress door huurschuld"),
            false,
            NU);
    assertThat(verzoek.uitkomst()).isEqualTo(Besluituitkomst.OPEN);
    assertThat(verzoek.grondDomeinwet()).isEqualTo(Vervulling.NIET_VAN_TOEPASSING);

    Instant later = NU.plusSeconds(60);
    verzoek = overleg.stemIn(verzoek.id(), true, null, later);
    assertThat(verzoek.uitkomst()).isEqualTo(Besluituitkomst.OPEN);
    verzoek = overleg.beoordeel(verzoek.id(), true, "Nodig voor het behandelplan.", later);

    assertThat(verzoek.uitkomst()).isEqualTo(Besluituitkomst.TOEGESTAAN);
    assertThat(verzoek.beslotenOp()).isEqualTo(later);
    assertThat(overleg.verzoek(verzoek.id())).contains(verzoek);
    UUID id = verzoek.id();
    assertThatThrownBy(() -> overleg.stemIn(id, false, null, later))
        .isInstanceOf(OngeldigeToestand.class);
  }

  @Test
  void aRequestTheDomainLawForbidsIsRefusedOnSubmission() {
    Overleg overleg = Fixtures.geidentificeerd();
    Deelnemer ggz = Fixtures.ggz(overleg);
    Deelnemer schuldhulp =
        overleg.voegDeelnemerToe(Fixtures.deelnemer("Schuldhulp", Domein.WGS, false));
    Inbreng diagnose =
        overleg.brengIn(Fixtures.inbreng(ggz, Gegevenscategorie.GEZONDHEID, false, List.of()), NU);

    Verzoek verzoek =
        overleg.dienVerzoekIn(
            new VerzoekInvoer(diagnose.id(), schuldhulp.id(), "Wgs", "Aflossingscapaciteit"),
            false,
            NU);

    assertThat(verzoek.uitkomst()).isEqualTo(Besluituitkomst.GEWEIGERD);
    assertThat(verzoek.grondDomeinwet()).isEqualTo(Vervulling.NIET_VERVULD);
    assertThat(verzoek.grondNoodzaak()).isEqualTo(Vervulling.OPEN);
    assertThat(verzoek.beslotenOp()).isEqualTo(NU);
  }

  @Test
  void aRequesterAsksOnlyForInbrengItReceivesAndDidNotProvide() {
    Overleg overleg = Fixtures.geidentificeerd();
    Deelnemer ggz = Fixtures.ggz(overleg);
    Deelnemer corporatie = Fixtures.corporatie(overleg);
    Inbreng nietVoorHandhaving =
        overleg.brengIn(Fixtures.inbreng(ggz, Gegevenscategorie.FINANCIEEL, true, List.of()), NU);

    assertThatThrownBy(
            () ->
                overleg.dienVerzoekIn(
                    new VerzoekInvoer(nietVoorHandhaving.id(), corporatie.id(), "Verhuur", "Huur"),
                    false,
                    NU))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e ->
                assertThat(e.overtredingen())
                    .extracting(Regelovertreding::code)
                    .containsExactly("niet-beschikbaar"));
    assertThatThrownBy(
            () ->
                overleg.dienVerzoekIn(
                    new VerzoekInvoer(nietVoorHandhaving.id(), ggz.id(), "Zorg", "Eigen"),
                    false,
                    NU))
        .isInstanceOfSatisfying(
            Regelschending.class,
            e ->
                assertThat(e.overtredingen())
                    .extracting(Regelovertreding::code)
                    .containsExactly("eigen-inbreng"));
    assertThat(overleg.verzoeken()).isEmpty();
  }

  private static Overleg plan(OverlegInvoer invoer, ProcedureFeiten feiten) {
    return Overleg.plan(invoer, Fixtures.PROCEDURE, feiten, "0363", "x", NU);
  }
}
