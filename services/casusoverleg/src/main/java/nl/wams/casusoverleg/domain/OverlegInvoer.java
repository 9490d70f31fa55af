package nl.wams.casusoverleg.domain;

import java.net.URI;
import java.time.Instant;

/** What the organiser gives when planning an overleg. */
public record OverlegInvoer(
    OverlegSoort soort, Fase fase, URI procedure, String onderwerp, Instant geplandOp) {}
