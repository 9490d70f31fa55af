package nl.wams.meldpunt.domain;

import java.util.ArrayList;
import java.util.List;
import nl.wams.commons.bsn.Bsn;

/**
 * The rules an aanmelding must meet before it is registered (WAMS.md §3, entry points):
 *
 * <ul>
 *   <li>the betrokkene is known by a valid BSN (11-proef) or at least described;
 *   <li>a hulpvraag is the resident's own request under one sociaal-domeinwet, so it names that law
 *       (and only a hulpvraag does);
 *   <li>a verzoek is a professional's motivated request: it carries a motivation and a professional
 *       reporter with an organisation;
 *   <li>a melding has a reporter, who may be anonymous; an anonymous reporter leaves no identity.
 * </ul>
 */
public final class AanmeldingRegels {

  private AanmeldingRegels() {}

  public static List<Regelovertreding> controleer(AanmeldingInvoer invoer) {
    List<Regelovertreding> fouten = new ArrayList<>();
    betrokkeneIsBekend(invoer.betrokkene(), fouten);
    hulpvraagNoemtDeWet(invoer, fouten);
    verzoekIsGemotiveerdDoorEenProfessional(invoer, fouten);
    meldingHeeftEenMelder(invoer, fouten);
    anoniemIsAnoniem(invoer.melder(), fouten);
    return fouten;
  }

  private static void betrokkeneIsBekend(Betrokkene betrokkene, List<Regelovertreding> fouten) {
    if (betrokkene == null || (betrokkene.bsn() == null && betrokkene.omschrijving() == null)) {
      fouten.add(
          new Regelovertreding(
              "betrokkene",
              "required",
              "Geef het BSN van de betrokkene, of een omschrijving als het BSN niet bekend is."));
    } else if (betrokkene.bsn() != null && !Bsn.isValid(betrokkene.bsn())) {
      fouten.add(
          new Regelovertreding(
              "betrokkene.bsn", "invalid-bsn", "Dit is geen geldig BSN (de elfproef klopt niet)."));
    }
  }

  private static void hulpvraagNoemtDeWet(AanmeldingInvoer invoer, List<Regelovertreding> fouten) {
    if (invoer.soort() == Soort.HULPVRAAG && invoer.sdWet() == null) {
      fouten.add(
          new Regelovertreding(
              "sdWet", "required", "Een hulpvraag noemt de wet waaronder hulp gevraagd wordt."));
    }
    if (invoer.soort() != Soort.HULPVRAAG && invoer.sdWet() != null) {
      fouten.add(
          new Regelovertreding("sdWet", "not-allowed", "Alleen een hulpvraag noemt een sdWet."));
    }
  }

  private static void verzoekIsGemotiveerdDoorEenProfessional(
      AanmeldingInvoer invoer, List<Regelovertreding> fouten) {
    if (invoer.soort() != Soort.VERZOEK) {
      return;
    }
    if (invoer.motivering() == null) {
      fouten.add(
          new Regelovertreding(
              "motivering", "required", "Een verzoek om onderzoek is gemotiveerd."));
    }
    Melder melder = invoer.melder();
    if (melder == null) {
      fouten.add(
          new Regelovertreding(
              "melder", "required", "Een verzoek komt van een professional; vul de melder in."));
    } else {
      if (melder.soort() != MelderSoort.PROFESSIONAL) {
        fouten.add(
            new Regelovertreding(
                "melder.soort", "invalid", "Een verzoek komt van een PROFESSIONAL."));
      }
      if (melder.organisatie() == null) {
        fouten.add(
            new Regelovertreding(
                "melder.organisatie",
                "required",
                "Noem de organisatie van de professional die het verzoek doet."));
      }
    }
  }

  private static void meldingHeeftEenMelder(
      AanmeldingInvoer invoer, List<Regelovertreding> fouten) {
    if (invoer.soort() == Soort.MELDING && invoer.melder() == null) {
      fouten.add(
          new Regelovertreding(
              "melder",
              "required",
              "Een melding heeft een melder; kies soort ANONIEM als de melder onbekend wil blijven."));
    }
  }

  private static void anoniemIsAnoniem(Melder melder, List<Regelovertreding> fouten) {
    if (melder != null && melder.soort() == MelderSoort.ANONIEM && melder.heeftIdentiteit()) {
      fouten.add(
          new Regelovertreding(
              "melder",
              "not-allowed",
              "Een anonieme melder laat geen naam, organisatie of contactgegevens achter."));
    }
  }
}
