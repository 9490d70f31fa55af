package nl.wams.meldpunt.domain;

/** What the person registering an aanmelding enters; checked by {@link AanmeldingRegels}. */
public record AanmeldingInvoer(
    Soort soort,
    String gemeentecode,
    Urgentie urgentie,
    Betrokkene betrokkene,
    Melder melder,
    SdWet sdWet,
    String omschrijvingZorgen,
    String motivering) {}
