package nl.wams.onderzoek.domain;

/** What is entered to start a procedure. */
public record StartInvoer(
    String gemeentecode,
    Ingangssoort ingang,
    String aanmelding,
    String bsn,
    Boolean voortdurendEnTerugkerend,
    String motivering,
    String herhalingMotivering) {}
