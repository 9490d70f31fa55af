package nl.wams.meldpunt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The recorded triage decision and its motivation. */
@Embeddable
public record Triage(
    @Enumerated(EnumType.STRING) @Column(name = "triage_besluit") Besluit besluit,
    @Column(name = "triage_motivering") String motivering,
    @Enumerated(EnumType.STRING) @Column(name = "triage_doorverwezen_naar")
        Doorverwijzing doorverwezenNaar,
    @Column(name = "triage_loket") String loket,
    @Column(name = "triage_client_wil_onderzoek") Boolean clientWilOnderzoek,
    @Column(name = "triage_beoordeeld_op") Instant beoordeeldOp) {}
