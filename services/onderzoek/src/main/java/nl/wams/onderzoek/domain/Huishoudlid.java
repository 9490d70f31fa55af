package nl.wams.onderzoek.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A member of the betrokkene's household; one who refuses to cooperate leaves no identity behind.
 */
@Entity
@Table(name = "huishoudlid")
public class Huishoudlid {

  @Id private UUID id;
  private int volgnummer;

  @Enumerated(EnumType.STRING)
  private Relatie relatie;

  private String bsn;
  private String omschrijving;
  private boolean medewerking;

  protected Huishoudlid() {}

  Huishoudlid(
      int volgnummer, Relatie relatie, String bsn, String omschrijving, boolean medewerking) {
    this.id = UUID.randomUUID();
    this.volgnummer = volgnummer;
    this.relatie = relatie;
    this.medewerking = medewerking;
    // Respect a refusal from the start: nothing that identifies the member is kept.
    this.bsn = medewerking ? bsn : null;
    this.omschrijving = medewerking ? omschrijving : null;
  }

  void weigert() {
    medewerking = false;
    bsn = null;
    omschrijving = null;
  }

  public UUID id() {
    return id;
  }

  public Relatie relatie() {
    return relatie;
  }

  public String bsn() {
    return bsn;
  }

  public String omschrijving() {
    return omschrijving;
  }

  public boolean medewerking() {
    return medewerking;
  }
}
