package nl.wams.meldpunt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The reporter. Its identity is a protected category of its own ({@code melder}). */
@Embeddable
public record Melder(
    @Enumerated(EnumType.STRING) @Column(name = "melder_soort") MelderSoort soort,
    @Column(name = "melder_naam") String naam,
    @Column(name = "melder_organisatie") String organisatie,
    @Column(name = "melder_telefoonnummer") String telefoonnummer,
    @Column(name = "melder_email") String email) {

  boolean heeftIdentiteit() {
    return naam != null || organisatie != null || telefoonnummer != null || email != null;
  }
}
