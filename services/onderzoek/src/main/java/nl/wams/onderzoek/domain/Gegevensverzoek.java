package nl.wams.onderzoek.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A motivated request to a party for data (purpose, categories, legal basis, due date) and its
 * answer: provided (cut to size by a person) or refused with the weighty reason. Answered once.
 */
@Entity
@Table(name = "gegevensverzoek")
public class Gegevensverzoek {

  @Id private UUID id;
  private int volgnummer;
  private String partij;
  private String doel;
  private String categorieen;
  private String grondslag;

  @Column(name = "uiterlijk_op")
  private LocalDate uiterlijkOp;

  @Column(name = "verzonden_op")
  private Instant verzondenOp;

  @Enumerated(EnumType.STRING)
  @Column(name = "antwoord_uitkomst")
  private AntwoordUitkomst antwoordUitkomst;

  @Column(name = "antwoord_verstrekt")
  private String antwoordVerstrekt;

  @Column(name = "antwoord_weigeringsgrond")
  private String antwoordWeigeringsgrond;

  @Column(name = "beantwoord_op")
  private Instant beantwoordOp;

  @Embedded private InzageBeperking inzageBeperking;

  protected Gegevensverzoek() {}

  Gegevensverzoek(
      int volgnummer,
      String partij,
      String doel,
      List<String> categorieen,
      String grondslag,
      LocalDate uiterlijkOp,
      Instant verzondenOp) {
    this.id = UUID.randomUUID();
    this.volgnummer = volgnummer;
    this.partij = partij;
    this.doel = doel;
    this.categorieen = String.join(",", categorieen);
    this.grondslag = grondslag;
    this.uiterlijkOp = uiterlijkOp;
    this.verzondenOp = verzondenOp;
  }

  void beantwoord(AntwoordUitkomst uitkomst, String verstrekt, String weigeringsgrond, Instant op) {
    if (antwoordUitkomst != null) {
      throw new OngeldigeToestand("Dit gegevensverzoek is al beantwoord.");
    }
    if (uitkomst == AntwoordUitkomst.VERSTREKT && (verstrekt == null || weigeringsgrond != null)) {
      throw new Regelschending(
          "verstrekt", "required", "Leg vast wat is verstrekt (en geen weigeringsgrond).");
    }
    if (uitkomst == AntwoordUitkomst.GEWEIGERD && (weigeringsgrond == null || verstrekt != null)) {
      throw new Regelschending(
          "weigeringsgrond",
          "required",
          "Een weigering noemt de zwaarwegende reden (en verstrekt niets).");
    }
    antwoordUitkomst = uitkomst;
    antwoordVerstrekt = verstrekt;
    antwoordWeigeringsgrond = weigeringsgrond;
    beantwoordOp = op;
  }

  public UUID id() {
    return id;
  }

  public String partij() {
    return partij;
  }

  public String doel() {
    return doel;
  }

  public List<String> categorieen() {
    return Arrays.asList(categorieen.split(","));
  }

  public String grondslag() {
    return grondslag;
  }

  public LocalDate uiterlijkOp() {
    return uiterlijkOp;
  }

  public Instant verzondenOp() {
    return verzondenOp;
  }

  public AntwoordUitkomst antwoordUitkomst() {
    return antwoordUitkomst;
  }

  public String antwoordVerstrekt() {
    return antwoordVerstrekt;
  }

  public String antwoordWeigeringsgrond() {
    return antwoordWeigeringsgrond;
  }

  public Instant beantwoordOp() {
    return beantwoordOp;
  }

  void beperkInzage(InzageBeperking beperking) {
    this.inzageBeperking = beperking;
  }

  /** The restriction of the client's inzage in this item, or null. */
  public InzageBeperking inzageBeperking() {
    return inzageBeperking;
  }
}
