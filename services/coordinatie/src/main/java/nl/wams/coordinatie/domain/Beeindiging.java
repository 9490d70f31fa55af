package nl.wams.coordinatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** How and when the approach ended. */
@Embeddable
public record Beeindiging(
    @Enumerated(EnumType.STRING) @Column(name = "beeindiging_reden") BeeindigingReden reden,
    @Column(name = "beeindiging_toelichting") String toelichting,
    @Column(name = "beeindiging_datum") LocalDate datum) {}
