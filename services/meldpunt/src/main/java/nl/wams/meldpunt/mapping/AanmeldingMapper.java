package nl.wams.meldpunt.mapping;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.wams.meldpunt.contract.model.Aanmelding;
import nl.wams.meldpunt.contract.model.AanmeldingGegevens;
import nl.wams.meldpunt.contract.model.Betrokkene;
import nl.wams.meldpunt.contract.model.Melder;
import nl.wams.meldpunt.contract.model.Ontvangstbewijs;
import nl.wams.meldpunt.contract.model.Triage;
import nl.wams.meldpunt.contract.model.TriageGegevens;
import nl.wams.meldpunt.domain.AanmeldingInvoer;
import nl.wams.meldpunt.domain.Besluit;
import nl.wams.meldpunt.domain.Doorverwijzing;
import nl.wams.meldpunt.domain.MelderSoort;
import nl.wams.meldpunt.domain.SdWet;
import nl.wams.meldpunt.domain.Soort;
import nl.wams.meldpunt.domain.TriageInvoer;
import nl.wams.meldpunt.domain.Urgentie;

/** Between the contract's model and the domain. Enum constants share their names on both sides. */
public final class AanmeldingMapper {

  static final String ONTVANGST_TEKST =
      "Uw aanmelding is ontvangen. Bewaar dit kenmerk; noem het als u contact met ons opneemt.";

  private AanmeldingMapper() {}

  public static AanmeldingInvoer toInvoer(AanmeldingGegevens gegevens) {
    return new AanmeldingInvoer(
        map(gegevens.getSoort(), Soort.class),
        gegevens.getGemeentecode(),
        map(gegevens.getUrgentie(), Urgentie.class),
        toBetrokkene(gegevens.getBetrokkene()),
        toMelder(gegevens.getMelder()),
        map(gegevens.getSdWet(), SdWet.class),
        gegevens.getOmschrijvingZorgen(),
        gegevens.getMotivering());
  }

  public static TriageInvoer toInvoer(TriageGegevens gegevens) {
    return new TriageInvoer(
        map(gegevens.getBesluit(), Besluit.class),
        gegevens.getMotivering(),
        map(gegevens.getDoorverwezenNaar(), Doorverwijzing.class),
        gegevens.getLoket(),
        gegevens.getClientWilOnderzoek());
  }

  public static Aanmelding toApi(nl.wams.meldpunt.domain.Aanmelding aanmelding, URI url) {
    return new Aanmelding()
        .url(url)
        .uuid(aanmelding.id())
        .kenmerk(aanmelding.kenmerk())
        .soort(map(aanmelding.soort(), nl.wams.meldpunt.contract.model.Soort.class))
        .gemeentecode(aanmelding.gemeentecode())
        .urgentie(map(aanmelding.urgentie(), nl.wams.meldpunt.contract.model.Urgentie.class))
        .status(map(aanmelding.status(), nl.wams.meldpunt.contract.model.Status.class))
        .ontvangenOp(tijd(aanmelding.ontvangenOp()))
        .procedure(aanmelding.procedure() == null ? null : URI.create(aanmelding.procedure()))
        .betrokkene(toApi(aanmelding.betrokkene()))
        .melder(toApi(aanmelding.melder()))
        .sdWet(map(aanmelding.sdWet(), nl.wams.meldpunt.contract.model.SdWet.class))
        .omschrijvingZorgen(aanmelding.omschrijvingZorgen())
        .motivering(aanmelding.motivering())
        .triage(toApi(aanmelding.triage()));
  }

  public static Ontvangstbewijs toOntvangstbewijs(nl.wams.meldpunt.domain.Aanmelding aanmelding) {
    return new Ontvangstbewijs()
        .kenmerk(aanmelding.kenmerk())
        .ontvangenOp(tijd(aanmelding.ontvangenOp()))
        .tekst(ONTVANGST_TEKST);
  }

  private static nl.wams.meldpunt.domain.Betrokkene toBetrokkene(Betrokkene betrokkene) {
    return betrokkene == null
        ? null
        : new nl.wams.meldpunt.domain.Betrokkene(betrokkene.getBsn(), betrokkene.getOmschrijving());
  }

  private static nl.wams.meldpunt.domain.Melder toMelder(Melder melder) {
    return melder == null
        ? null
        : new nl.wams.meldpunt.domain.Melder(
            map(melder.getSoort(), MelderSoort.class),
            melder.getNaam(),
            melder.getOrganisatie(),
            melder.getTelefoonnummer(),
            melder.getEmail());
  }

  private static Betrokkene toApi(nl.wams.meldpunt.domain.Betrokkene betrokkene) {
    return betrokkene == null
        ? null
        : new Betrokkene().bsn(betrokkene.bsn()).omschrijving(betrokkene.omschrijving());
  }

  private static Melder toApi(nl.wams.meldpunt.domain.Melder melder) {
    // Hibernate gives an all-null embeddable as null; a melder always has a soort.
    return melder == null || melder.soort() == null
        ? null
        : new Melder()
            .soort(map(melder.soort(), Melder.SoortEnum.class))
            .naam(melder.naam())
            .organisatie(melder.organisatie())
            .telefoonnummer(melder.telefoonnummer())
            .email(melder.email());
  }

  private static Triage toApi(nl.wams.meldpunt.domain.Triage triage) {
    return triage == null || triage.besluit() == null
        ? null
        : new Triage()
            .besluit(map(triage.besluit(), nl.wams.meldpunt.contract.model.Besluit.class))
            .motivering(triage.motivering())
            .doorverwezenNaar(
                map(
                    triage.doorverwezenNaar(),
                    nl.wams.meldpunt.contract.model.Doorverwijzing.class))
            .loket(triage.loket())
            .clientWilOnderzoek(triage.clientWilOnderzoek())
            .beoordeeldOp(tijd(triage.beoordeeldOp()));
  }

  private static OffsetDateTime tijd(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static <E extends Enum<E>> E map(Enum<?> value, Class<E> target) {
    return value == null ? null : Enum.valueOf(target, value.name());
  }
}
