package nl.wams.coordinatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/** A planned evaluation of the approach, and once held, when and what it found. */
@Embeddable
public record Evaluatiemoment(
    UUID id,
    @Column(name = "gepland_op") LocalDate geplandOp,
    @Column(name = "uitgevoerd_op") LocalDate uitgevoerdOp,
    String bevindingen) {

  public boolean uitgevoerd() {
    return uitgevoerdOp != null;
  }

  /** Its planned day has passed without it being held. */
  public boolean verlopen(LocalDate vandaag) {
    return !uitgevoerd() && geplandOp.isBefore(vandaag);
  }
}
