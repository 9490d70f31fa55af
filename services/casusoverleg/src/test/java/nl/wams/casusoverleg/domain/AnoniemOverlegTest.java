package nl.wams.casusoverleg.domain;

import static nl.wams.casusoverleg.domain.Fixtures.NU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** An anonymous overleg accepts no personal data: refused with the field, never stored. */
class AnoniemOverlegTest {

  private static final String BSN = "999993653";

  @Test
  void anAnonymousOverlegNamesNoProcedure() {
    weigert(
        () ->
            Overleg.plan(
                new OverlegInvoer(
                    OverlegSoort.ANONIEM, Fase.ONDERZOEK, Fixtures.PROCEDURE, "Casus", NU),
                null,
                null,
                "0363",
                "onderzoeker-ams",
                NU),
        "procedure",
        AnoniemRegels.CODE);
  }

  @Test
  void anIdentifiedOverlegNamesItsProcedure() {
    weigert(
        () ->
            Overleg.plan(
                new OverlegInvoer(OverlegSoort.GEIDENTIFICEERD, Fase.ONDERZOEK, null, "Casus", NU),
                null,
                null,
                "0363",
                "onderzoeker-ams",
                NU),
        "procedure",
        "required");
  }

  @Test
  void aBsnInTheSubjectIsRefused() {
    weigert(
        () ->
            Overleg.plan(
                new OverlegInvoer(
                    OverlegSoort.ANONIEM, Fase.ONDERZOEK, null, "Casus van " + BSN, NU),
                null,
                null,
                "0363",
                "onderzoeker-ams",
                NU),
        "onderwerp",
        AnoniemRegels.BSN_IN_TEKST);
  }

  @Test
  void aBsnInAnyFreeTextOfTheOverlegIsRefusedAndNothingIsStored() {
    Overleg overleg = Fixtures.anoniem();
    weigert(
        () ->
            overleg.voegDeelnemerToe(
                new DeelnemerInvoer(
                    "GGZ Noord", Domein.ZORG, "behandelaar", false, "Behandelt 9999.93.653.")),
        "noodzaak",
        AnoniemRegels.BSN_IN_TEKST);
    assertThat(overleg.deelnemers()).isEmpty();

    Deelnemer ggz = Fixtures.ggz(overleg);
    weigert(
        () ->
            overleg.brengIn(
                new InbrengInvoer(
                    ggz.id(), Gegevenscategorie.ZORG, "BSN 999 993 653", false, false, List.of()),
                NU),
        "inhoud",
        AnoniemRegels.BSN_IN_TEKST);
    weigert(
        () ->
            overleg.legAfspraakVast(
                new AfspraakInvoer("Bel " + BSN + " terug", ggz.id(), LocalDate.now()), NU),
        "omschrijving",
        AnoniemRegels.BSN_IN_TEKST);
    assertThat(overleg.inbreng()).isEmpty();
    assertThat(overleg.afspraken()).isEmpty();
  }

  @Test
  void anAnonymousOverlegInvitesNobody() {
    Overleg overleg = Fixtures.anoniem();
    weigert(
        () ->
            overleg.nodigUit(
                new UitnodigingInvoer(
                    Genodigde.CLIENT, null, LocalDate.now(), Uitnodigingswijze.BRIEF)),
        "genodigde",
        AnoniemRegels.CODE);
    assertThat(overleg.uitnodigingen()).isEmpty();
  }

  @Test
  void anAnonymousOverlegHasNoRequestsForFurtherProcessing() {
    Overleg overleg = Fixtures.anoniem();
    Deelnemer ggz = Fixtures.ggz(overleg);
    Deelnemer wijkteam =
        overleg.voegDeelnemerToe(Fixtures.deelnemer("Wijkteam", Domein.WMO, false));
    Inbreng inbreng =
        overleg.brengIn(Fixtures.inbreng(ggz, Gegevenscategorie.ZORG, false, List.of()), NU);

    assertThatThrownBy(
            () ->
                overleg.dienVerzoekIn(
                    new VerzoekInvoer(inbreng.id(), wijkteam.id(), "Wmo", "Nodig"), false, NU))
        .isInstanceOf(OngeldigeToestand.class);
  }

  @Test
  void textWithoutPersonalDataIsAccepted() {
    Overleg overleg = Fixtures.anoniem();
    Deelnemer ggz = Fixtures.ggz(overleg);
    overleg.brengIn(
        new InbrengInvoer(
            ggz.id(),
            Gegevenscategorie.ZORG,
            "Moeder van drie kinderen, psychische klachten, huurachterstand van 3 maanden.",
            false,
            false,
            List.of()),
        NU);
    assertThat(overleg.inbreng()).hasSize(1);
  }

  private static void weigert(ThrowingCallable actie, String veld, String code) {
    assertThatThrownBy(actie)
        .isInstanceOfSatisfying(
            Regelschending.class,
            e ->
                assertThat(e.overtredingen())
                    .extracting(Regelovertreding::veld, Regelovertreding::code)
                    .contains(org.assertj.core.groups.Tuple.tuple(veld, code)));
  }
}
