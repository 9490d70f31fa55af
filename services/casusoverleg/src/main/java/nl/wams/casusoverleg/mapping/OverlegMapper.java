package nl.wams.casusoverleg.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nl.wams.casusoverleg.contract.model.AfrondingGegevens;
import nl.wams.casusoverleg.contract.model.AfspraakGegevens;
import nl.wams.casusoverleg.contract.model.Beoordeling;
import nl.wams.casusoverleg.contract.model.Besluit;
import nl.wams.casusoverleg.contract.model.DeelnemerGegevens;
import nl.wams.casusoverleg.contract.model.Grond;
import nl.wams.casusoverleg.contract.model.InbrengGegevens;
import nl.wams.casusoverleg.contract.model.Instemming;
import nl.wams.casusoverleg.contract.model.OverlegGegevens;
import nl.wams.casusoverleg.contract.model.UitnodigingGegevens;
import nl.wams.casusoverleg.contract.model.VerzoekGegevens;
import nl.wams.casusoverleg.contract.model.Voorwaarden;
import nl.wams.casusoverleg.domain.AfrondingInvoer;
import nl.wams.casusoverleg.domain.Afspraak;
import nl.wams.casusoverleg.domain.AfspraakInvoer;
import nl.wams.casusoverleg.domain.Deelnemer;
import nl.wams.casusoverleg.domain.DeelnemerInvoer;
import nl.wams.casusoverleg.domain.Domein;
import nl.wams.casusoverleg.domain.Fase;
import nl.wams.casusoverleg.domain.Gegevenscategorie;
import nl.wams.casusoverleg.domain.Genodigde;
import nl.wams.casusoverleg.domain.Inbreng;
import nl.wams.casusoverleg.domain.InbrengInvoer;
import nl.wams.casusoverleg.domain.Overleg;
import nl.wams.casusoverleg.domain.OverlegInvoer;
import nl.wams.casusoverleg.domain.OverlegSoort;
import nl.wams.casusoverleg.domain.OverlegWeergave;
import nl.wams.casusoverleg.domain.Uitnodiging;
import nl.wams.casusoverleg.domain.UitnodigingInvoer;
import nl.wams.casusoverleg.domain.Uitnodigingswijze;
import nl.wams.casusoverleg.domain.Vervulling;
import nl.wams.casusoverleg.domain.Verzoek;
import nl.wams.casusoverleg.domain.VerzoekInvoer;
import nl.wams.casusoverleg.domain.Voorwaarde;

/**
 * Between the contract's model and the domain. Answers are built only from an {@link
 * OverlegWeergave}: what the caller may see of the overleg.
 */
public final class OverlegMapper {

  private OverlegMapper() {}

  public static OverlegInvoer toInvoer(OverlegGegevens gegevens) {
    return new OverlegInvoer(
        Enums.map(gegevens.getSoort(), OverlegSoort.class),
        Enums.map(gegevens.getFase(), Fase.class),
        gegevens.getProcedure(),
        gegevens.getOnderwerp(),
        gegevens.getGeplandOp().toInstant());
  }

  public static DeelnemerInvoer toInvoer(DeelnemerGegevens gegevens) {
    return new DeelnemerInvoer(
        gegevens.getOrganisatie(),
        Enums.map(gegevens.getDomein(), Domein.class),
        gegevens.getRol(),
        gegevens.getHandhavend(),
        gegevens.getNoodzaak());
  }

  public static UitnodigingInvoer toInvoer(UitnodigingGegevens gegevens) {
    return new UitnodigingInvoer(
        Enums.map(gegevens.getGenodigde(), Genodigde.class),
        gegevens.getNaam(),
        gegevens.getUitgenodigdOp(),
        Enums.map(gegevens.getWijze(), Uitnodigingswijze.class));
  }

  public static AfrondingInvoer toInvoer(AfrondingGegevens gegevens) {
    return new AfrondingInvoer(
        gegevens.getGehoudenOp().toInstant(),
        List.copyOf(gegevens.getAanwezigeDeelnemers()),
        gegevens.getAanwezigeUitgenodigden() == null
            ? List.of()
            : List.copyOf(gegevens.getAanwezigeUitgenodigden()));
  }

  public static InbrengInvoer toInvoer(InbrengGegevens gegevens) {
    Voorwaarden voorwaarden =
        gegevens.getVoorwaarden() == null ? new Voorwaarden() : gegevens.getVoorwaarden();
    return new InbrengInvoer(
        gegevens.getVerstrekker(),
        Enums.map(gegevens.getCategorie(), Gegevenscategorie.class),
        gegevens.getInhoud(),
        Boolean.TRUE.equals(voorwaarden.getNietVerderVerstrekken()),
        Boolean.TRUE.equals(voorwaarden.getNietVoorHandhaving()),
        voorwaarden.getAlleenVoor() == null ? List.of() : List.copyOf(voorwaarden.getAlleenVoor()));
  }

  public static AfspraakInvoer toInvoer(AfspraakGegevens gegevens) {
    return new AfspraakInvoer(
        gegevens.getOmschrijving(), gegevens.getPartij(), gegevens.getDeadline());
  }

  public static VerzoekInvoer toInvoer(VerzoekGegevens gegevens) {
    return new VerzoekInvoer(
        gegevens.getInbreng(),
        gegevens.getVerzoeker(),
        gegevens.getEigenTaak(),
        gegevens.getMotivering());
  }

  public static nl.wams.casusoverleg.contract.model.Overleg toApi(
      OverlegWeergave weergave, Links links) {
    Overleg overleg = weergave.overleg();
    return new nl.wams.casusoverleg.contract.model.Overleg()
        .url(links.overleg(overleg.id()))
        .uuid(overleg.id())
        .soort(Enums.map(overleg.soort(), nl.wams.casusoverleg.contract.model.OverlegSoort.class))
        .fase(Enums.map(overleg.fase(), nl.wams.casusoverleg.contract.model.Fase.class))
        .procedure(overleg.procedure().orElse(null))
        .gemeentecode(overleg.gemeentecode())
        .onderwerp(overleg.onderwerp())
        .geplandOp(tijd(overleg.geplandOp()))
        .status(
            Enums.map(overleg.status(), nl.wams.casusoverleg.contract.model.OverlegStatus.class))
        .organisator(overleg.organisator())
        .aangemaaktOp(tijd(overleg.aangemaaktOp()))
        .gehoudenOp(overleg.gehoudenOp().map(OverlegMapper::tijd).orElse(null))
        .deelnemers(weergave.deelnemers().stream().map(OverlegMapper::toApi).toList())
        .uitnodigingen(weergave.uitnodigingen().stream().map(OverlegMapper::toApi).toList())
        .inbreng(weergave.inbreng().stream().map(i -> toApi(overleg.id(), i, links)).toList())
        .afspraken(weergave.afspraken().stream().map(OverlegMapper::toApi).toList());
  }

  public static nl.wams.casusoverleg.contract.model.Deelnemer toApi(Deelnemer deelnemer) {
    return new nl.wams.casusoverleg.contract.model.Deelnemer()
        .id(deelnemer.id())
        .organisatie(deelnemer.organisatie())
        .domein(Enums.map(deelnemer.domein(), nl.wams.casusoverleg.contract.model.Domein.class))
        .rol(deelnemer.rol())
        .handhavend(deelnemer.handhavend())
        .noodzaak(deelnemer.noodzaak())
        .aanwezig(deelnemer.aanwezig());
  }

  public static nl.wams.casusoverleg.contract.model.Uitnodiging toApi(Uitnodiging uitnodiging) {
    return new nl.wams.casusoverleg.contract.model.Uitnodiging()
        .id(uitnodiging.id())
        .genodigde(
            Enums.map(uitnodiging.genodigde(), nl.wams.casusoverleg.contract.model.Genodigde.class))
        .naam(uitnodiging.naam())
        .uitgenodigdOp(uitnodiging.uitgenodigdOp())
        .wijze(
            Enums.map(
                uitnodiging.wijze(), nl.wams.casusoverleg.contract.model.Uitnodigingswijze.class))
        .aanwezig(uitnodiging.aanwezig());
  }

  public static nl.wams.casusoverleg.contract.model.Inbreng toApi(
      UUID overleg, Inbreng inbreng, Links links) {
    return new nl.wams.casusoverleg.contract.model.Inbreng()
        .id(inbreng.id())
        .url(links.inbreng(overleg, inbreng.id()))
        .verstrekker(inbreng.verstrekker())
        .categorie(categorie(inbreng.categorie()))
        .inhoud(inbreng.inhoud())
        .voorwaarden(
            new Voorwaarden()
                .nietVerderVerstrekken(inbreng.nietVerderVerstrekken())
                .nietVoorHandhaving(inbreng.nietVoorHandhaving())
                .alleenVoor(new LinkedHashSet<>(inbreng.alleenVoor().ids())))
        .ingebrachtOp(tijd(inbreng.ingebrachtOp()));
  }

  public static nl.wams.casusoverleg.contract.model.Afspraak toApi(Afspraak afspraak) {
    return new nl.wams.casusoverleg.contract.model.Afspraak()
        .id(afspraak.id())
        .omschrijving(afspraak.omschrijving())
        .partij(afspraak.partij())
        .deadline(afspraak.deadline())
        .vastgelegdOp(tijd(afspraak.vastgelegdOp()));
  }

  public static nl.wams.casusoverleg.contract.model.Verzoek toApi(
      UUID overleg, Verzoek verzoek, Links links) {
    nl.wams.casusoverleg.contract.model.Verzoek api =
        new nl.wams.casusoverleg.contract.model.Verzoek()
            .id(verzoek.id())
            .url(links.verzoek(overleg, verzoek.id()))
            .inbreng(verzoek.inbreng())
            .verzoeker(verzoek.verzoeker())
            .categorie(categorie(verzoek.categorie()))
            .eigenTaak(verzoek.eigenTaak())
            .motivering(verzoek.motivering())
            .ingediendOp(tijd(verzoek.ingediendOp()));
    if (verzoek.instemming() != null) {
      api.instemming(
          new Instemming()
              .instemming(verzoek.instemming())
              .toelichting(verzoek.instemmingToelichting())
              .vastgelegdOp(tijd(verzoek.instemmingOp())));
    }
    if (verzoek.noodzakelijk() != null) {
      api.beoordeling(
          new Beoordeling()
              .noodzakelijk(verzoek.noodzakelijk())
              .toelichting(verzoek.beoordelingToelichting())
              .vastgelegdOp(tijd(verzoek.beoordeeldOp())));
    }
    return api.besluit(
        new Besluit()
            .uitkomst(
                Enums.map(
                    verzoek.uitkomst(), nl.wams.casusoverleg.contract.model.Besluituitkomst.class))
            .gronden(
                List.of(
                    grond(
                        Voorwaarde.NOODZAKELIJK_VOOR_EIGEN_TAAK,
                        verzoek.grondNoodzaak(),
                        noodzaakToelichting(verzoek)),
                    grond(
                        Voorwaarde.INSTEMMING_VERSTREKKER,
                        verzoek.grondInstemming(),
                        instemmingToelichting(verzoek)),
                    grond(
                        Voorwaarde.BEVOEGD_VOLGENS_DOMEINWET,
                        verzoek.grondDomeinwet(),
                        verzoek.domeinwetToelichting())))
            .genomenOp(tijd(verzoek.beslotenOp())));
  }

  private static String noodzaakToelichting(Verzoek verzoek) {
    if (verzoek.noodzakelijk() == null) {
      return "De organisator heeft de noodzaak voor de eigen taak nog niet beoordeeld.";
    }
    return (verzoek.noodzakelijk()
            ? "Noodzakelijk voor de eigen taak volgens de organisator: "
            : "Niet noodzakelijk voor de eigen taak volgens de organisator: ")
        + verzoek.beoordelingToelichting();
  }

  private static String instemmingToelichting(Verzoek verzoek) {
    if (verzoek.instemming() == null) {
      return "De verstrekker heeft nog niet geantwoord.";
    }
    String antwoord =
        verzoek.instemming()
            ? "De verstrekker stemt in met de verdere verwerking."
            : "De verstrekker stemt niet in met de verdere verwerking.";
    return verzoek.instemmingToelichting() == null
        ? antwoord
        : antwoord + " " + verzoek.instemmingToelichting();
  }

  private static Grond grond(Voorwaarde voorwaarde, Vervulling vervulling, String toelichting) {
    return new Grond()
        .voorwaarde(Enums.map(voorwaarde, nl.wams.casusoverleg.contract.model.Voorwaarde.class))
        .vervulling(Enums.map(vervulling, nl.wams.casusoverleg.contract.model.Vervulling.class))
        .toelichting(toelichting);
  }

  private static nl.wams.casusoverleg.contract.model.Gegevenscategorie categorie(
      Gegevenscategorie categorie) {
    return Enums.map(categorie, nl.wams.casusoverleg.contract.model.Gegevenscategorie.class);
  }

  private static OffsetDateTime tijd(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
