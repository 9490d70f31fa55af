package nl.wams.casusoverleg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A request of a participant to process an inbreng further outside the overleg, the provider's
 * answer, the organiser's judgement of the necessity, and the decision of {@link
 * VerdereVerwerkingRegel} with its ground per condition - kept as taken.
 */
@Embeddable
public record Verzoek(
    UUID id,
    UUID inbreng,
    UUID verzoeker,
    @Enumerated(EnumType.STRING) Gegevenscategorie categorie,
    @Column(name = "verzoeker_domein") @Enumerated(EnumType.STRING) Domein verzoekerDomein,
    @Column(name = "eigen_taak") String eigenTaak,
    String motivering,
    @Column(name = "ingediend_op") Instant ingediendOp,
    Boolean instemming,
    @Column(name = "instemming_toelichting") String instemmingToelichting,
    @Column(name = "instemming_op") Instant instemmingOp,
    Boolean noodzakelijk,
    @Column(name = "beoordeling_toelichting") String beoordelingToelichting,
    @Column(name = "beoordeeld_op") Instant beoordeeldOp,
    @Enumerated(EnumType.STRING) Besluituitkomst uitkomst,
    @Column(name = "grond_noodzaak") @Enumerated(EnumType.STRING) Vervulling grondNoodzaak,
    @Column(name = "grond_instemming") @Enumerated(EnumType.STRING) Vervulling grondInstemming,
    @Column(name = "grond_domeinwet") @Enumerated(EnumType.STRING) Vervulling grondDomeinwet,
    @Column(name = "domeinwet_toelichting") String domeinwetToelichting,
    @Column(name = "besloten_op") Instant beslotenOp) {

  static Verzoek ingediend(VerzoekInvoer invoer, Inbreng inbreng, Deelnemer verzoeker, Instant nu) {
    return new Verzoek(
            UUID.randomUUID(),
            inbreng.id(),
            verzoeker.id(),
            inbreng.categorie(),
            verzoeker.domein(),
            invoer.eigenTaak(),
            invoer.motivering(),
            nu,
            null,
            null,
            null,
            null,
            null,
            null,
            Besluituitkomst.OPEN,
            Vervulling.OPEN,
            Vervulling.OPEN,
            Vervulling.OPEN,
            "",
            null)
        .besloten(nu);
  }

  public boolean open() {
    return uitkomst == Besluituitkomst.OPEN;
  }

  Verzoek metInstemming(boolean antwoord, String toelichting, Instant nu) {
    alleenOpen("De verstrekker heeft al geantwoord.", instemming != null);
    return new Verzoek(
            id,
            inbreng,
            verzoeker,
            categorie,
            verzoekerDomein,
            eigenTaak,
            motivering,
            ingediendOp,
            antwoord,
            toelichting,
            nu,
            noodzakelijk,
            beoordelingToelichting,
            beoordeeldOp,
            uitkomst,
            grondNoodzaak,
            grondInstemming,
            grondDomeinwet,
            domeinwetToelichting,
            beslotenOp)
        .besloten(nu);
  }

  Verzoek metBeoordeling(boolean oordeel, String toelichting, Instant nu) {
    alleenOpen("De noodzaak is al beoordeeld.", noodzakelijk != null);
    return new Verzoek(
            id,
            inbreng,
            verzoeker,
            categorie,
            verzoekerDomein,
            eigenTaak,
            motivering,
            ingediendOp,
            instemming,
            instemmingToelichting,
            instemmingOp,
            oordeel,
            toelichting,
            nu,
            uitkomst,
            grondNoodzaak,
            grondInstemming,
            grondDomeinwet,
            domeinwetToelichting,
            beslotenOp)
        .besloten(nu);
  }

  /** Applies the rule to what is known now; a decision other than OPEN is final. */
  private Verzoek besloten(Instant nu) {
    VerdereVerwerkingRegel.Beslissing beslissing =
        VerdereVerwerkingRegel.beslis(
            Optional.ofNullable(noodzakelijk),
            Optional.ofNullable(instemming),
            categorie,
            verzoekerDomein);
    return new Verzoek(
        id,
        inbreng,
        verzoeker,
        categorie,
        verzoekerDomein,
        eigenTaak,
        motivering,
        ingediendOp,
        instemming,
        instemmingToelichting,
        instemmingOp,
        noodzakelijk,
        beoordelingToelichting,
        beoordeeldOp,
        beslissing.uitkomst(),
        beslissing.noodzaak(),
        beslissing.instemming(),
        beslissing.domeinwet(),
        beslissing.domeinwetToelichting(),
        beslissing.uitkomst() == Besluituitkomst.OPEN ? null : nu);
  }

  private void alleenOpen(String alGedaan, boolean gedaan) {
    if (!open()) {
      throw new OngeldigeToestand(
          "Over dit verzoek is al besloten (" + uitkomst + "); het besluit ligt vast.");
    }
    if (gedaan) {
      throw new OngeldigeToestand(alGedaan);
    }
  }
}
