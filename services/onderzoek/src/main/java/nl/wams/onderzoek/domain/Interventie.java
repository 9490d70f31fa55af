package nl.wams.onderzoek.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A service or measure under some law, current or earlier, with the party that provides it. */
@Entity
@Table(name = "interventie")
public class Interventie {

  @Id private UUID id;
  private int volgnummer;

  @Enumerated(EnumType.STRING)
  private Domein domein;

  private String omschrijving;
  private String aanbieder;
  private boolean lopend;
  private LocalDate vanaf;
  private LocalDate tot;

  @Embedded private InzageBeperking inzageBeperking;

  protected Interventie() {}

  Interventie(
      int volgnummer,
      Domein domein,
      String omschrijving,
      String aanbieder,
      boolean lopend,
      LocalDate vanaf,
      LocalDate tot) {
    this.id = UUID.randomUUID();
    this.volgnummer = volgnummer;
    this.domein = domein;
    this.omschrijving = omschrijving;
    this.aanbieder = aanbieder;
    this.lopend = lopend;
    this.vanaf = vanaf;
    this.tot = tot;
  }

  public UUID id() {
    return id;
  }

  public Domein domein() {
    return domein;
  }

  public String omschrijving() {
    return omschrijving;
  }

  public String aanbieder() {
    return aanbieder;
  }

  public boolean lopend() {
    return lopend;
  }

  public LocalDate vanaf() {
    return vanaf;
  }

  public LocalDate tot() {
    return tot;
  }

  void beperkInzage(InzageBeperking beperking) {
    this.inzageBeperking = beperking;
  }

  /** The restriction of the client's inzage in this item, or null. */
  public InzageBeperking inzageBeperking() {
    return inzageBeperking;
  }
}
