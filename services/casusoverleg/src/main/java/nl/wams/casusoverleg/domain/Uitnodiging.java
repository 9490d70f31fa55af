package nl.wams.casusoverleg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;

/** The invitation of the client, a representative or a cliëntondersteuner, and their attendance. */
@Embeddable
public record Uitnodiging(
    UUID id,
    @Enumerated(EnumType.STRING) Genodigde genodigde,
    String naam,
    @Column(name = "uitgenodigd_op") LocalDate uitgenodigdOp,
    @Enumerated(EnumType.STRING) Uitnodigingswijze wijze,
    Boolean aanwezig) {

  Uitnodiging metAanwezigheid(boolean aanwezigheid) {
    return new Uitnodiging(id, genodigde, naam, uitgenodigdOp, wijze, aanwezigheid);
  }

  /** As a participant sees it: who was invited, not their name. */
  public Uitnodiging zonderNaam() {
    return new Uitnodiging(id, genodigde, null, uitgenodigdOp, wijze, aanwezig);
  }
}
