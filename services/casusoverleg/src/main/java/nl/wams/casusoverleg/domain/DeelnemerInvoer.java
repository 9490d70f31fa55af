package nl.wams.casusoverleg.domain;

/** A participant as the organiser adds it. */
public record DeelnemerInvoer(
    String organisatie, Domein domein, String rol, boolean handhavend, String noodzaak) {}
