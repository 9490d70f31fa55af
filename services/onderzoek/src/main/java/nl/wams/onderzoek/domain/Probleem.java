package nl.wams.onderzoek.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A problem in one life area, tied to a sociaal-domeinwet or an adjacent domain. */
@Entity
@Table(name = "probleem")
public class Probleem {

  @Id private UUID id;
  private int volgnummer;

  @Enumerated(EnumType.STRING)
  private Leefgebied leefgebied;

  @Enumerated(EnumType.STRING)
  private Domein domein;

  private String omschrijving;
  private UUID huishoudlid;

  @Embedded private InzageBeperking inzageBeperking;

  protected Probleem() {}

  Probleem(
      int volgnummer, Leefgebied leefgebied, Domein domein, String omschrijving, UUID huishoudlid) {
    this.id = UUID.randomUUID();
    this.volgnummer = volgnummer;
    this.leefgebied = leefgebied;
    this.domein = domein;
    this.omschrijving = omschrijving;
    this.huishoudlid = huishoudlid;
  }

  public UUID id() {
    return id;
  }

  public Leefgebied leefgebied() {
    return leefgebied;
  }

  public Domein domein() {
    return domein;
  }

  public String omschrijving() {
    return omschrijving;
  }

  public UUID huishoudlid() {
    return huishoudlid;
  }

  void beperkInzage(InzageBeperking beperking) {
    this.inzageBeperking = beperking;
  }

  /** The restriction of the client's inzage in this item, or null. */
  public InzageBeperking inzageBeperking() {
    return inzageBeperking;
  }
}
