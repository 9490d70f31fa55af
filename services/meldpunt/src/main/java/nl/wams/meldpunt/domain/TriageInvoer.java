package nl.wams.meldpunt.domain;

/** The triage decision as entered; checked by {@link TriageRegels}. */
public record TriageInvoer(
    Besluit besluit,
    String motivering,
    Doorverwijzing doorverwezenNaar,
    String loket,
    Boolean clientWilOnderzoek) {}
