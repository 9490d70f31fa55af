package nl.wams.coordinatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The recorded decision on the coordinated approach. */
@Embeddable
public record Besluit(
    @Enumerated(EnumType.STRING) @Column(name = "besluit_soort") BesluitSoort soort,
    @Column(name = "besluit_motivering") String motivering,
    @Column(name = "besluit_genomen_op") Instant genomenOp) {}
