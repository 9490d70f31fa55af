package nl.wams.casusoverleg.domain;

import java.util.UUID;

/** A request for further processing as the requester (or the organiser for it) submits it. */
public record VerzoekInvoer(UUID inbreng, UUID verzoeker, String eigenTaak, String motivering) {}
