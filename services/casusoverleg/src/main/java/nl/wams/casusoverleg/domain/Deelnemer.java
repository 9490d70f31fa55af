package nl.wams.casusoverleg.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.UUID;

/**
 * A participating organisation (or part of the municipality): its domain, its role in the overleg,
 * whether it has an enforcement task (UWV, W&I desk, housing corporation, police ...) and why its
 * participation is necessary (table 4.3: "vaststellen noodzakelijkheid deelname deelnemers").
 * Attendance is recorded when the overleg is held.
 */
@Embeddable
public record Deelnemer(
    UUID id,
    String organisatie,
    @Enumerated(EnumType.STRING) Domein domein,
    String rol,
    boolean handhavend,
    String noodzaak,
    Boolean aanwezig) {

  /** A partner recognises its participation by the organisation claim of its token. */
  public boolean isOrganisatie(String naam) {
    return naam != null && sleutel(organisatie).equals(sleutel(naam));
  }

  Deelnemer metAanwezigheid(boolean aanwezigheid) {
    return new Deelnemer(id, organisatie, domein, rol, handhavend, noodzaak, aanwezigheid);
  }

  /** The participant as another participant sees it: without the necessity of its participation. */
  public Deelnemer zonderNoodzaak() {
    return new Deelnemer(id, organisatie, domein, rol, handhavend, null, aanwezig);
  }

  static String sleutel(String organisatie) {
    return organisatie.strip().toLowerCase(Locale.ROOT);
  }
}
