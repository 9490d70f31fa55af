package nl.wams.casusoverleg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An agreement: what, which participant, when. The only content of the (limited) verslag. */
@Embeddable
public record Afspraak(
    UUID id,
    String omschrijving,
    UUID partij,
    LocalDate deadline,
    @Column(name = "vastgelegd_op") Instant vastgelegdOp) {}
