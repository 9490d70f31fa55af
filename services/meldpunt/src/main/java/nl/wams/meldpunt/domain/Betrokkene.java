package nl.wams.meldpunt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The resident concerned: by BSN when known, otherwise a description. */
@Embeddable
public record Betrokkene(
    @Column(name = "betrokkene_bsn") String bsn,
    @Column(name = "betrokkene_omschrijving") String omschrijving) {}
