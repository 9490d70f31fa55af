package nl.wams.coordinatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;

/** An agreement or action of one party in the plan, with its owner and due date. */
@Embeddable
public record Actie(
    UUID id,
    String omschrijving,
    String partij,
    String eigenaar,
    LocalDate deadline,
    @Enumerated(EnumType.STRING) ActieStatus status,
    @Column(name = "blokkade_reden") String blokkadeReden) {

  /** Past its due date and not finished. */
  public boolean teLaat(LocalDate vandaag) {
    return status != ActieStatus.AFGEROND && deadline.isBefore(vandaag);
  }

  public boolean geblokkeerd() {
    return status == ActieStatus.GEBLOKKEERD;
  }
}
