package nl.wams.onderzoek.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcedureTest {

  private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
  private static final Instant NU = Instant.parse("2026-11-20T09:00:00Z");

  private static Procedure procedure() {
    return Procedure.start(
        new StartInvoer("0363", Ingangssoort.HULPVRAAG, null, "999993653", null, null, null),
        "onderzoeker-ams",
        false,
        START);
  }

  private static ConclusieInvoer conclusie(boolean wenselijk, boolean zelf) {
    return new ConclusieInvoer(
        wenselijk, "Motivering", LocalDate.parse("2026-11-19"), "GESPREK", zelf, true, true);
  }

  @Test
  void theClientSetsTheScopeAndNarrowingRemovesProblemsOutsideIt() {
    Procedure procedure = procedure();
    procedure.stelReikwijdteVast(
        Set.of(Leefgebied.FINANCIEN, Leefgebied.HUISVESTING), Set.of(), null);
    procedure.voegProbleemToe(Leefgebied.FINANCIEN, Domein.WGS, "Schulden", null);
    procedure.voegProbleemToe(Leefgebied.HUISVESTING, Domein.WONEN, "Huurachterstand", null);

    procedure.stelReikwijdteVast(Set.of(Leefgebied.FINANCIEN), Set.of(), null);

    assertThat(procedure.problemen())
        .extracting(Probleem::leefgebied)
        .containsExactly(Leefgebied.FINANCIEN);
    assertThatThrownBy(
            () -> procedure.voegProbleemToe(Leefgebied.HUISVESTING, Domein.WONEN, "x", null))
        .isInstanceOf(Regelschending.class);
  }

  @Test
  void broadeningNeedsAMotivationOfSeriousProblems() {
    Procedure procedure = procedure();
    assertThatThrownBy(
            () ->
                procedure.stelReikwijdteVast(
                    Set.of(Leefgebied.FINANCIEN), Set.of(Leefgebied.VEILIGHEID), null))
        .isInstanceOf(Regelschending.class);
    procedure.stelReikwijdteVast(
        Set.of(Leefgebied.FINANCIEN),
        Set.of(Leefgebied.VEILIGHEID),
        "Signalen van huiselijk geweld");
    assertThat(procedure.reikwijdte()).containsEntry(Leefgebied.VEILIGHEID, true);
  }

  @Test
  void aMemberWhoRefusesStaysOut() {
    Procedure procedure = procedure();
    procedure.stelReikwijdteVast(Set.of(Leefgebied.OPVOEDING_EN_GEZIN), Set.of(), null);
    Huishoudlid partner = procedure.voegHuishoudlidToe(Relatie.PARTNER, "999990019", null, true);
    procedure.voegProbleemToe(
        Leefgebied.OPVOEDING_EN_GEZIN, Domein.JEUGDWET, "Opvoedvragen", partner.id());

    procedure.weigerMedewerking(partner.id());

    Huishoudlid lid = procedure.huishoudleden().getFirst();
    assertThat(lid.medewerking()).isFalse();
    assertThat(lid.bsn()).isNull();
    assertThat(procedure.problemen()).isEmpty();
    assertThatThrownBy(
            () ->
                procedure.voegProbleemToe(
                    Leefgebied.OPVOEDING_EN_GEZIN, Domein.JEUGDWET, "x", partner.id()))
        .isInstanceOf(Regelschending.class);
  }

  @Test
  void earlierInterventionsHaveAnEndAndCurrentOnesDoNot() {
    Procedure procedure = procedure();
    assertThatThrownBy(
            () ->
                procedure.voegInterventieToe(
                    Domein.WMO,
                    "Huishoudelijke hulp",
                    "Thuiszorg",
                    false,
                    LocalDate.parse("2024-01-01"),
                    null))
        .isInstanceOf(Regelschending.class);
    procedure.voegInterventieToe(
        Domein.WMO,
        "Huishoudelijke hulp",
        "Thuiszorg",
        false,
        LocalDate.parse("2024-01-01"),
        LocalDate.parse("2025-01-01"));
    procedure.voegInterventieToe(
        Domein.WGS, "Budgetbeheer", "Kredietbank", true, LocalDate.parse("2026-01-01"), null);
    assertThat(procedure.interventies()).hasSize(2);
  }

  @Test
  void aGegevensverzoekIsAnsweredOnceWithWhatWasProvidedOrTheWeightyReason() {
    Procedure procedure = procedure();
    Gegevensverzoek verzoek =
        procedure.voegGegevensverzoekToe(
            "GGZ Noord",
            "Lopende behandeling",
            java.util.List.of("gezondheid"),
            "Wams art. 2",
            LocalDate.parse("2026-12-01"),
            NU);
    assertThatThrownBy(
            () ->
                procedure.beantwoordGegevensverzoek(
                    verzoek.id(), AntwoordUitkomst.GEWEIGERD, null, null, NU))
        .isInstanceOf(Regelschending.class);
    procedure.beantwoordGegevensverzoek(
        verzoek.id(), AntwoordUitkomst.GEWEIGERD, null, "Medisch beroepsgeheim", NU);
    assertThatThrownBy(
            () ->
                procedure.beantwoordGegevensverzoek(
                    verzoek.id(), AntwoordUitkomst.VERSTREKT, "x", null, NU))
        .isInstanceOf(OngeldigeToestand.class);
  }

  @Test
  void theConclusionFollowsTable41AndFixesTheDossier() {
    Procedure procedure = procedure();
    procedure.stelReikwijdteVast(
        Set.of(Leefgebied.FINANCIEN, Leefgebied.ZELFREDZAAMHEID), Set.of(), null);
    procedure.voegProbleemToe(Leefgebied.FINANCIEN, Domein.WGS, "Schulden", null);
    procedure.voegProbleemToe(Leefgebied.ZELFREDZAAMHEID, Domein.WMO, "Huishouden", null);

    Conclusie conclusie = procedure.concludeer(conclusie(true, true), NU);

    assertThat(conclusie.uitkomst()).isEqualTo(Uitkomst.COORDINATIE_VERPLICHT);
    assertThat(procedure.status()).isEqualTo(ProcedureStatus.AFGEROND);
    assertThatThrownBy(() -> procedure.voegProbleemToe(Leefgebied.FINANCIEN, Domein.WGS, "x", null))
        .isInstanceOf(OngeldigeToestand.class);
  }

  @Test
  void theClientCoordinatesThemselvesOnlyWhenThereIsCoordination() {
    Procedure procedure = procedure();
    procedure.stelReikwijdteVast(Set.of(Leefgebied.FINANCIEN), Set.of(), null);
    procedure.voegProbleemToe(Leefgebied.FINANCIEN, Domein.WGS, "Schulden", null);
    assertThatThrownBy(() -> procedure.concludeer(conclusie(true, true), NU))
        .isInstanceOf(Regelschending.class);
    assertThat(procedure.concludeer(conclusie(true, false), NU).uitkomst())
        .isEqualTo(Uitkomst.GEEN_MEERVOUDIGE_PROBLEMATIEK);
  }
}
