package nl.wams.casusoverleg.domain;

import java.time.LocalDate;
import java.util.UUID;

/** An agreement as the organiser records it. */
public record AfspraakInvoer(String omschrijving, UUID partij, LocalDate deadline) {}
