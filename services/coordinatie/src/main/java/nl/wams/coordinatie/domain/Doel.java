package nl.wams.coordinatie.domain;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A goal of the plan. */
@Embeddable
public record Doel(UUID id, String omschrijving) {}
