package nl.wams.coordinatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The organisation a coordinator works for. */
@Embeddable
public record Organisatie(
    @Column(name = "organisatie_naam") String naam,
    @Enumerated(EnumType.STRING) @Column(name = "organisatie_soort") OrganisatieSoort soort) {}
