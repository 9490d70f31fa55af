package nl.wams.casusoverleg.domain;

import java.time.LocalDate;

/** An invitation as the organiser records it. */
public record UitnodigingInvoer(
    Genodigde genodigde, String naam, LocalDate uitgenodigdOp, Uitnodigingswijze wijze) {}
